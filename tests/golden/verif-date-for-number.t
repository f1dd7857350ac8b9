# A date given for a numeric indicator.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-date-for-number .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual '2020-06-30': a date, but the indicator is a number
