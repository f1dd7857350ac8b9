# An output name that leaves the folder.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's#  trace.csv$#  ../trace.csv#' $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:30: output '../trace.csv' is outside the folder
