# A document saved with old-Mac line ends (a lone CR) reads like the same
# document with LF line ends (import-small): same tables, same lines.
#> setup tr '\n' '\r' < fixtures/import-small/peg.txt > $DIR/peg.txt
#> args import $DIR/peg.txt --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 6 indicators, 2 phases (plan year 2020)
  import-report.csv: 2 lines need a human, 4 notes
#> outfile indicators.csv
objective_id,indicator_id,year,category,description,kind,target,baseline,unit,weight,target_raw,source_line
1,1.1,2020,Risultato,Fascicoli creati,count,1200,,n,1,1.200,15
1,1.1,2021,Risultato,Fascicoli creati,count,1500,,n,1,1.500,15
1,1.2,2020,Risultato,Notifiche telematiche,percent,60,,%,1,"60,00%",16
1,1.3,2020,Qualità,Registro aggiornato,deadline,2020-12-31,,,1,entro dicembre 2020,17
2,2.1,2020,Risultato,Avvisi emessi,min,500,,n,1,almeno 500,30
2,2.2,2020,Risultato,Rispetto dei tempi,qualitative,,,,1,rispetto della tempistica,31
#> outfile phases.csv
objective_id,phase_id,description,sector,q1,q2,q3,q4,other,source_line
1,1.F1,Selezione del materiale,,X,X,,,,11
1,1.F2,Creazione dei fascicoli,,,,x,x,,12
#> outfile import-report.csv
line,card,field,found,assumed,severity
,,plan year,2020 in the verification columns of 2 of 2 indicator tables,plan year 2020 (pegaso import --year sets another),info
15,1,target,1.200,"count 1200; count 1500 (for 2021, from column 'VERIFICA 2021'): column 'VERIFICA 2021' plans '1.500' for 2021: a target of that year",info
19,1,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
25,2,anagrafica,Risorse finanziarie | Entrate | Assessore al bilancio | Luisa Verdi,"the values stand one cell right of their labels: read shifted (settore 'Risorse finanziarie', dirigente 'Luisa Verdi'); RESPONSABILE not given",info
31,2,target,rispetto della tempistica,qualitative: free text with no measurable target,needs_human
33,2,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | Sì | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
