# An indicator not due this year carries no value.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-not-due-actual .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual '60%': an indicator not due this year has no actual value
