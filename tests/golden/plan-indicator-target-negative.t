# A negative target.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-target-negative .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target '-5': a negative target cannot be scored
