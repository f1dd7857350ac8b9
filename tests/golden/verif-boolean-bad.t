# Yes/no values.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-boolean-bad .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual 'forse': expected yes or no (si, sì, no, yes, true, false, 1, 0)
