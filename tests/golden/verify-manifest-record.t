# An unknown record in a manifest.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && echo 'signature abc' >> $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:32: unknown record 'signature'
