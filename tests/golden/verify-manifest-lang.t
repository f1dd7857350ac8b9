# An unknown language.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's/^lang it$/lang fr/' $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:7: lang 'fr': expected it or en
