# An employee the run does not have.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT 99
#> code 1
#> stdout
#> stderr
pegaso: explain: no employee '99' in $OUT (payouts.csv lists every employee)
