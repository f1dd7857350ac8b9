# A line with a keyword and no value.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && echo 'engine' >> $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:32: 'engine': expected a keyword and a value
