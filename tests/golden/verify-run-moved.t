# A run folder moved with its name kept: where the run file's output
# leads from the folder, there is no run file; --run is the way.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && mkdir $DIR/archive && mv $OUT $DIR/archive/out
#> args verify $DIR/archive/out
#> code 4
#> stdout
#> stderr
$DIR/archive/run.ini: cannot find the run file of $DIR/archive/out here (its output is 'out'): give it with --run RUN.ini
