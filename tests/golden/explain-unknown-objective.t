# An objective the plan does not have.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT --objective 99
#> code 1
#> stdout
#> stderr
pegaso: explain: no objective '99' in $OUT (objectives.csv lists every objective)
