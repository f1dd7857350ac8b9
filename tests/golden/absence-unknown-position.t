# An absence of a position the employee does not hold.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/absence-unknown-position .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:2: position 'c': no such position of this employee in staff.csv
