# A relative change over a baseline of 0 is undefined.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-relative-baseline .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: baseline '0': a relative change needs a baseline greater than 0
