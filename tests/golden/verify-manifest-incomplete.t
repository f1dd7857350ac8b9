# A manifest without its run record.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i '/^run /d' $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest: no 'run' record: not a complete manifest
