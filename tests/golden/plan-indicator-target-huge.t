# Numbers beyond 1e12 are refused, never wrapped.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-target-huge .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target '99999999999999999999': number too large
