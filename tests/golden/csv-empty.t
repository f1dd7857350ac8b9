# An empty file.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv

#> stderr
$DIR/verifiche.csv: empty file (a header line is required)
