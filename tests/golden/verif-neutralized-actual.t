# A neutralized indicator carries no value.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-neutralized-actual .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual '60%': a neutralized indicator is not scored: leave actual empty
