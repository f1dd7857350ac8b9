# Two assignments given twice, apart: the repetition nearest the top of
# the file is reported (line 5, a repetition of line 4).
#> copy fixtures/mini-pay .
#> copy fixtures/bad/assignment-duplicate-first .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/assignments.csv:5: employee '2' is assigned to objective '2' twice (first at line 4)
