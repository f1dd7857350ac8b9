# A target of 0 cannot be scored.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-target-zero .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target '0': a target of 0 cannot be scored
