# Two components given twice, apart (names are case-insensitive): the
# repetition nearest the top of the file is reported (line 4, a
# repetition of line 3).
#> copy fixtures/mini-pay .
#> copy fixtures/bad/evaluation-duplicate-first .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/evaluations.csv:4: employee '2' has component 'contribution' twice (first at line 3)
