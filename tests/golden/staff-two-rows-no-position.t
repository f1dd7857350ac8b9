# Two rows of one person need position keys.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-two-rows-no-position .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:3: employee '4' has two rows without a position (first at line 2): give each row its position key
