# Scores are 0 to 100.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file evaluations.csv
employee_id,component,score
1,behaviour,101
#> stderr
$DIR/evaluations.csv:2: score '101': a score is from 0 to 100
