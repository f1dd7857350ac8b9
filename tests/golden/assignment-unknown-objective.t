# An assignment to an objective not in the plan.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/assignment-unknown-objective .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/assignments.csv:2: objective_id '7': no such objective in the plan
