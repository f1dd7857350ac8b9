# A rules file saved with a byte order mark.
#> copy fixtures/mini .
#> copy fixtures/bad/rules-bom .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:1: the file starts with a byte order mark; save it as UTF-8 without BOM
