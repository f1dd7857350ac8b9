# The same assignment twice.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/assignment-duplicate .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/assignments.csv:3: employee '1' is assigned to objective '1' twice (first at line 2)
