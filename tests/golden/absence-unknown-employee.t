# An absence of someone not in staff.csv.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/absence-unknown-employee .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:2: employee_id '99': no such employee in staff.csv
