# A decimal comma in a comma-separated file.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/evaluation-comma .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/evaluations.csv:2: score '85,5': a decimal comma in a decimal-point file (write 1.5, not 1,5)
