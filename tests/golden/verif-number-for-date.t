# A number given for a deadline.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-number-for-date .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual '45': not a date (expected YYYY-MM-DD or DD/MM/YYYY)
