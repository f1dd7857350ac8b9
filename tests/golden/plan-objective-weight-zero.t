# A weight of 0 is refused.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-objective-weight-zero .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/objectives.csv:2: weight '0': a weight must be greater than 0
