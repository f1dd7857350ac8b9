# A row written with another delimiter than the header.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-mixed-delimiters .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:3: 1 field, but the header has 5
