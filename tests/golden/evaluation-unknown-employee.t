# An evaluation of someone not in staff.csv.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file evaluations.csv
employee_id,component,score
8,behaviour,90
#> stderr
$DIR/evaluations.csv:2: employee_id '8': no such employee in staff.csv
