# A row with fewer cells than the header.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-ragged .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: 3 fields, but the header has 5
