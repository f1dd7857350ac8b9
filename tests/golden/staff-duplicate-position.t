# The same position twice.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-duplicate-position .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:3: employee '4' position 'a' appears twice (first at line 2)
