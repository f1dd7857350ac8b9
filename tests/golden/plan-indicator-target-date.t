# A deadline on a day that does not exist.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-target-date .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target '31/02/2020': no such day in that month
