# An Italian decimal comma in a comma-separated file.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-wrong-dialect .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual '60,5': a decimal comma in a decimal-point file (write 1.5, not 1,5)
