# More days than the year has.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-days-beyond-year .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: days_in_service '367': more than the 366 days of 2020
