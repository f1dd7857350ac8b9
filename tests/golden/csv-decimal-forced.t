# decimal = point in the run file: a semicolon file with decimal points.
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
decimal = point
#> file verifiche.csv
indicator_id;year;actual;status;note
1.1;2020;60.0;;
1.2;2020;2020-06-30;;
2.1;2020;50;;
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
