# The objective column is missing.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/assignment-missing-column .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/assignments.csv:1: missing required column 'objective_id'
