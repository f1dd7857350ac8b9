# An indicator the plan does not have for the run year.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT --indicator 9.9
#> code 1
#> stdout
#> stderr
pegaso: explain: no indicator '9.9' for 2020 in $OUT (indicators.csv lists every indicator of the year)
