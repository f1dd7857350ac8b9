# An empty file.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-empty .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv: empty file (a header line is required)
