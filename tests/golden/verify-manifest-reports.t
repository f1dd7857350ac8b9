# The manifest records the run's choice of reports: auto, always or never.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's/^reports auto$/reports maybe/' $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:9: reports 'maybe': expected auto, always or never
