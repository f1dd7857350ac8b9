# An assignment of someone not in staff.csv.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file assignments.csv
employee_id,objective_id
77,1
#> stderr
$DIR/assignments.csv:2: employee_id '77': no such employee in staff.csv
