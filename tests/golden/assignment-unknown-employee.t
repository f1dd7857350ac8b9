# An assignment of someone not in staff.csv.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/assignment-unknown-employee .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/assignments.csv:2: employee_id '77': no such employee in staff.csv
