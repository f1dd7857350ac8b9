# A note spanning lines: later errors still name the physical line.
#> copy fixtures/mini .
#> copy fixtures/bad/csv-quoted-newline-lines .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:4: actual '45': not a date (expected YYYY-MM-DD or DD/MM/YYYY)
