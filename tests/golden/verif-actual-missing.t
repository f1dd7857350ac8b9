# A measured row without a value.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-actual-missing .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: indicator '1.1': actual value missing (leave the row out, or set status neutralized or not_due)
