# As many semicolons as commas in the header.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-ambiguous-delimiter .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:1: cannot tell the delimiter: the header has as many ';' as ','
