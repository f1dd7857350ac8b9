# An untouched run folder verifies: every file matches the manifest, every
# input its SHA-256, and a new run of the same inputs gives the same bytes.
# The run file is found from the folder's place (its output is `out`).
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args verify $OUT
#> code 0
#> stdout
pegaso: $OUT verified: 9 inputs unchanged, 12 files identical to the reproduction
#> stderr
