# A percentage-point increment needs a baseline.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-pp-baseline .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: indicator '1.1': a pp_increment needs a baseline
