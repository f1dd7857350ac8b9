# A quote that never closes: named at the line where its record starts.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-unterminated-quote .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: unterminated quoted field (a '"' opens a field that never closes)
