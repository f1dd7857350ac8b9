# An empty objective id.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-objective-id-blank .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/objectives.csv:2: objective_id: value required
