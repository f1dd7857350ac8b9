# A run folder moved away from its run file and renamed: its name is not
# the run file's output, so it cannot lead to it; --run is the way.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && mkdir $DIR/archive && mv $OUT $DIR/archive/2020
#> args verify $DIR/archive/2020
#> code 4
#> stdout
#> stderr
$DIR/archive/2020: not the run file's output ('out'), so it does not tell where the run file is (written with --out, or moved): give it with --run RUN.ini
