# Days in service are whole days.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-days-fraction .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: days_in_service '365.5': not a whole number
