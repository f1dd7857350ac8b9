# A file saved as Latin-1 is refused with the line, the byte and a hint.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-latin1 .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: invalid UTF-8 (byte 0xE0 at column 21); re-save the file as UTF-8, or set encoding = windows-1252 in the run file
