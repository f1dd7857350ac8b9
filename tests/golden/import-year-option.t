# --year gives the plan year the document does not name.
#> args import $DIR/peg.txt --out $OUT --year 2021
#> file peg.txt
SCHEDA OBIETTIVO GESTIONALE n. 1
TIPOLOGIA	DESCRIZIONE	VALORE TARGET
Risultato	Atti	5
#> code 0
#> stdout
pegaso: wrote $OUT
  1 objectives, 1 indicators, 0 phases (plan year 2021)
  import-report.csv: 3 lines need a human, 0 notes
#> outfile indicators.csv
objective_id,indicator_id,year,category,description,kind,target,baseline,unit,weight,target_raw,source_line
1,1.1,2021,Risultato,Atti,count,5,,n,1,5,3
#> outfile import-report.csv
line,card,field,found,assumed,severity
1,1,incentivized,SCHEDA OBIETTIVO GESTIONALE n. 1,unknown: the card has no 'obiettivo incentivabile' line,needs_human
1,1,sector,SCHEDA OBIETTIVO GESTIONALE n. 1,no SETTORE in the card: '(not given)',needs_human
1,1,title,SCHEDA OBIETTIVO GESTIONALE n. 1,no TITOLO in the card: '(not given)',needs_human
