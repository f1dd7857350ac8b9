# The same indicator twice for one year.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-duplicate .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:5: indicator '1.1' for 2020 appears twice (first at line 2)
