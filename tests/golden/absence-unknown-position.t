# An absence of a position the employee does not hold.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file absences.csv
employee_id,cause,days,position
4,MAL,3,c
#> stderr
$DIR/absences.csv:2: position 'c': no such position of this employee in staff.csv
