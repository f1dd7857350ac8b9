# Required columns missing: one error lists them all.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-objective-missing-columns .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/objectives.csv:1: missing required columns 'sector', 'title'
