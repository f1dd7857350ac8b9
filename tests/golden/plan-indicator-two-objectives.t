# An indicator id cannot move to another objective in another year.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-two-objectives .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:5: indicator '1.1' belongs to objective '1' at line 2, not to '2'
