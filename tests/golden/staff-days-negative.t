# Negative days.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-days-negative .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: days_in_service '-5': number out of range
