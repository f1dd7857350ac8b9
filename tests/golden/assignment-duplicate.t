# The same assignment twice.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file assignments.csv
employee_id,objective_id
1,1
1,1
#> stderr
$DIR/assignments.csv:3: employee '1' is assigned to objective '1' twice (first at line 2)
