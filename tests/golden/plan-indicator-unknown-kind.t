# The kind must be one of the ten.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-unknown-kind .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: kind 'percentuale': unknown kind (expected percent, count, min, max, deadline, boolean, pp_increment, relative_change, qualitative or phases)
