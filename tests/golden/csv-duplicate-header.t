# A column named twice.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-duplicate-header .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:1: column 'actual' appears twice (columns 2 and 3)
