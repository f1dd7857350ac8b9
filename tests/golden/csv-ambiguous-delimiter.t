# As many semicolons as commas in the header.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id;year,actual
#> stderr
$DIR/verifiche.csv:1: cannot tell the delimiter: the header has as many ';' as ','
