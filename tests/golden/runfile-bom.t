# A run file saved with a byte order mark.
#> copy fixtures/bad/runfile-bom .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini:1: the file starts with a byte order mark; save it as UTF-8 without BOM
