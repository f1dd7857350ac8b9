# A manifest written by a newer pegaso.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's/^pegaso-manifest 1$/pegaso-manifest 2/' $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:1: manifest format 2, written by a newer pegaso (this one reads format 1)
