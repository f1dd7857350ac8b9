# An absence of someone not in staff.csv.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file absences.csv
employee_id,cause,days
99,MAL,3
#> stderr
$DIR/absences.csv:2: employee_id '99': no such employee in staff.csv
