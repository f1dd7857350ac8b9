# A convention share above 100.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-convention .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: convention_share '101': expected a percent above 0 and at most 100
