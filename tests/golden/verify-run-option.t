# A run folder moved away from its run file verifies with --run.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && mkdir $DIR/archive && mv $OUT $DIR/archive/2020
#> args verify $DIR/archive/2020 --run $DIR/run.ini
#> code 0
#> stdout
pegaso: $DIR/archive/2020 verified: 9 inputs unchanged, 12 files identical to the reproduction
#> stderr
