# Corrections applied after reading, listed in the report with the value
# they replace: the undecided flag, a free-text target made a deadline,
# the responsabile the shifted row lost, one year of a multi-year target.
# The two lines that needed a human (the flag, the free-text target) are
# resolved by them, naming the correction.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason,year
2,incentivized,yes,Delibera G.C. 12/2020: obiettivo incentivato,
2,owner,Luisa Verdi,responsabile dal verbale di assegnazione,
2.2,kind,deadline,il nucleo fissa la scadenza,
2.2,target,30/06/2020,il nucleo fissa la scadenza,
1.1,target,1400,revisione del piano,2021
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 6 indicators, 2 phases (plan year 2020)
  import-report.csv: 0 lines need a human, 9 notes, 5 corrections applied, 2 lines resolved by them
#> outfile objectives.csv
objective_id,year,sector,service,manager,owner,title,strategic_code,duration,nature,impact,incentivized,weight,source_line
1,2020,Affari generali,Archivio,Mario Rossi,Anna Bianchi,Fascicoli elettronici,A1,annuale,miglioramento/sviluppo,settoriale,yes,1,1
2,2020,Risorse finanziarie,Entrate,Luisa Verdi,Luisa Verdi,Recupero evasione,,pluriennale,extra-ordinario,settoriale,yes,1,22
#> outfile indicators.csv
objective_id,indicator_id,year,category,description,kind,target,baseline,unit,weight,target_raw,source_line
1,1.1,2020,Risultato,Fascicoli creati,count,1200,,n,1,1.200,15
1,1.1,2021,Risultato,Fascicoli creati,count,1400,,n,1,1.500,15
1,1.2,2020,Risultato,Notifiche telematiche,percent,60,,%,1,"60,00%",16
1,1.3,2020,Qualità,Registro aggiornato,deadline,2020-12-31,,,1,entro dicembre 2020,17
2,2.1,2020,Risultato,Avvisi emessi,min,500,,n,1,almeno 500,30
2,2.2,2020,Risultato,Rispetto dei tempi,deadline,2020-06-30,,,1,rispetto della tempistica,31
#> outfile import-report.csv
line,card,field,found,assumed,severity
,,plan year,2020 in the verification columns of 2 of 2 indicator tables,plan year 2020 (pegaso import --year sets another),info
15,1,target,1.200,"count 1200; count 1500 (for 2021, from column 'VERIFICA 2021'): column 'VERIFICA 2021' plans '1.500' for 2021: a target of that year",info
15,1,"target (1.1, 2021)",1500,corrected to '1400' (overrides.csv:6: revisione del piano),info
19,1,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
22,2,incentivized,unknown,corrected to 'yes' (overrides.csv:2: Delibera G.C. 12/2020: obiettivo incentivato),info
22,2,owner,,corrected to 'Luisa Verdi' (overrides.csv:3: responsabile dal verbale di assegnazione),info
25,2,anagrafica,Risorse finanziarie | Entrate | Assessore al bilancio | Luisa Verdi,"the values stand one cell right of their labels: read shifted (settore 'Risorse finanziarie', dirigente 'Luisa Verdi'); RESPONSABILE not given",info
31,2,target,rispetto della tempistica,qualitative: free text with no measurable target; resolved by the correction at overrides.csv:5,resolved
31,2,"kind (2.2, 2020)",qualitative,corrected to 'deadline' (overrides.csv:4: il nucleo fissa la scadenza),info
31,2,"target (2.2, 2020)",,corrected to '30/06/2020' (overrides.csv:5: il nucleo fissa la scadenza),info
33,2,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | Sì | no,unknown: both 'si' and 'no' are written and neither is marked: undecided; resolved by the correction at overrides.csv:2,resolved
