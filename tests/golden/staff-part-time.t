# Part time is a percent above 0.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-part-time .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: part_time '0': expected a percent above 0 and at most 100
