# An absence row with a cell missing.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/absence-ragged .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:2: 2 fields, but the header has 3
