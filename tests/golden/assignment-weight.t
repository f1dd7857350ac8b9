# A weight of 0.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/assignment-weight .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/assignments.csv:2: weight '0': a weight must be greater than 0
