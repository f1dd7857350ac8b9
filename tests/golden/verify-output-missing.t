# An output file deleted from the run folder.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && rm $OUT/sectors.csv
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 0 of 9 inputs changed or missing, 1 of 12 files differ
#> stderr
$OUT/sectors.csv: missing from the run folder ($OUT/manifest:28 records it)
