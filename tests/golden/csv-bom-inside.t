# Two files joined: a byte order mark in the middle.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-bom-inside .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:3: byte order mark inside the file at column 1 (were two files joined?)
