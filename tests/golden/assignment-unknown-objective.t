# An assignment to an objective not in the plan.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file assignments.csv
employee_id,objective_id
1,7
#> stderr
$DIR/assignments.csv:2: objective_id '7': no such objective in the plan
