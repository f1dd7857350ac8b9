# Unknown columns are warnings; the run goes on.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 0
#> file verifiche.csv
indicator_id,year,actual,status,note,commento
1.1,2020,60%,,,ok
1.2,2020,2020-06-30,,,
2.1,2020,50,,,
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
$DIR/verifiche.csv:1: warning: unknown column 'commento' ignored
