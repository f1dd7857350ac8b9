# A negative weight.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-weight .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: weight '-1': a weight must be greater than 0
