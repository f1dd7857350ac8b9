# An objective id given twice: the second row is named, with the first.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-objective-duplicate .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/objectives.csv:4: objective '1' appears twice (first at line 2)
