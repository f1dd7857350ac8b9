# NaN is not a number.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-target-nan .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target 'NaN': not a number
