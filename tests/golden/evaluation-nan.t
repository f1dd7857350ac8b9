# NaN as a score.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/evaluation-nan .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/evaluations.csv:2: score 'NaN': not a number
