# A quote inside an unquoted field.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-malformed-quote .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: malformed quotes at column 18 (a '"' inside a field must be doubled and the field quoted)
