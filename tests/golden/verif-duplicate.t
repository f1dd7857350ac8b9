# Two rows for the same indicator and year.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-duplicate .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:5: indicator '1.1' for 2020 appears twice (first at line 2)
