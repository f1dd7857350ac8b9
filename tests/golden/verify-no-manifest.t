# A folder without a manifest cannot be verified: a file access error.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && rm $OUT/manifest
#> args verify $OUT
#> code 4
#> stdout
#> stderr
$OUT/manifest: cannot open: No such file or directory (every run folder written by pegaso has one)
