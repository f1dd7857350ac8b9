# A boolean target is yes (done).
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-boolean-no .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target 'no': a boolean target must be yes (done)
