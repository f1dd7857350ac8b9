# The plan folder lacks indicators.csv.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> setup rm $DIR/plan/indicators.csv
#> stderr
$DIR/plan/indicators.csv: cannot open: No such file or directory
