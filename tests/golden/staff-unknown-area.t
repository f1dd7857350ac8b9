# An area the rules do not know.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-unknown-area .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: area 'E': not an area of [areas] in the rules
