# Scores are 0 to 100.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/evaluation-range .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/evaluations.csv:2: score '101': a score is from 0 to 100
