# An empty title.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-objective-title-blank .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/objectives.csv:2: title: value required
