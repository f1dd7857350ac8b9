# A run written with --csv it and --reports never verifies: the reproduction
# uses the options the manifest records (10 files: no report.html or
# report.xlsx).
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini --csv it --reports never >/dev/null
#> args verify $OUT
#> code 0
#> stdout
pegaso: $OUT verified: 9 inputs unchanged, 10 files identical to the reproduction
#> stderr
