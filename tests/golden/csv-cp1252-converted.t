# With encoding = windows-1252 the same file is read.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 0
#> file run.ini
[run]
year = 2020
plan = plan
verification = verifiche.csv
rules = rules.ini
output = out
encoding = windows-1252
#> filex verifiche.csv
indicator_id,year,actual,status,note\n1.1,2020,60%%,,qualit\xe0\n1.2,2020,2020-06-30,,\n2.1,2020,50,,\n
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
