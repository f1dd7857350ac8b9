# An evaluation of someone not in staff.csv.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/evaluation-unknown-employee .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/evaluations.csv:2: employee_id '8': no such employee in staff.csv
