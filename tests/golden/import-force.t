# --force replaces an existing folder, whole.
#> args import fixtures/import-small/peg.txt --out $OUT --force
#> setup mkdir -p $OUT && touch $OUT/stale.csv
#> setup echo x > $DIR/marker
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 6 indicators, 2 phases (plan year 2020)
  import-report.csv: 2 lines need a human, 4 notes
#> outfile objectives.csv
objective_id,year,sector,service,manager,owner,title,strategic_code,duration,nature,impact,incentivized,weight,source_line
1,2020,Affari generali,Archivio,Mario Rossi,Anna Bianchi,Fascicoli elettronici,A1,annuale,miglioramento/sviluppo,settoriale,yes,1,1
2,2020,Risorse finanziarie,Entrate,Luisa Verdi,,Recupero evasione,,pluriennale,extra-ordinario,settoriale,unknown,1,22
