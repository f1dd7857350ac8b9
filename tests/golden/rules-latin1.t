# A rules file in Latin-1.
#> copy fixtures/mini .
#> copy fixtures/bad/rules-latin1 .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:2: invalid UTF-8 at column 25; re-save the file as UTF-8
