# A record given twice.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && echo 'run other.ini' >> $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:32: 'run' given twice
