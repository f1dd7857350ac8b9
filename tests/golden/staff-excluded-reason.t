# An exclusion needs its reason.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-excluded-reason .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: employee '1': excluded needs excluded_reason
