# Two positions given twice, apart: the repetition nearest the top of the
# file is reported (line 5, a repetition of line 4), whatever the order
# in which they are checked.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-duplicate-first .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:5: employee '4' position 'b' appears twice (first at line 4)
