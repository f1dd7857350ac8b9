# Money with three decimals.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-base-amount .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: base_amount '1000.005': more than 2 decimal places
