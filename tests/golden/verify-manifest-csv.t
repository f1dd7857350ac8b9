# The manifest names the dialect of the CSV outputs: standard or it.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's/^csv standard$/csv excel/' $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:8: csv 'excel': expected standard or it
