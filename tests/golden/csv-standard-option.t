# --csv standard on the command line wins over [run] csv = it.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT --csv standard
#> code 0
#> file run.ini
[run]
ente = Comune minimo
year = 2020
plan = plan
verification = verifiche.csv
rules = rules.ini
output = out
csv = it
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
#> outfile sectors.csv
level,sector,objectives,objectives_scored,achievement,objectives_for_pay,achievement_for_pay
ente,,2,2,68.75,1,87.5
sector,Affari generali,1,1,87.5,1,87.5
sector,Polizia municipale,1,1,50,0,
