# A run that only scores the plan has no employees to explain.
#> copy fixtures/mini .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT 1
#> code 1
#> stdout
#> stderr
pegaso: explain: the run of $OUT distributes no fund, so it has no employees
