# A NUL byte.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-nul .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: NUL byte in the text (is the file UTF-16 or binary?)
