# A run folder moved away from its run file: where the run file's output
# leads, there is none; --run is the way.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && mkdir $DIR/archive && mv $OUT $DIR/archive/2020
#> args verify $DIR/archive/2020
#> code 4
#> stdout
#> stderr
$DIR/archive/run.ini: cannot find the run file of $DIR/archive/2020 here (its output is 'out'): give it with --run RUN.ini
