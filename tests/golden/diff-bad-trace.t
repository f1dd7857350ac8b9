# A trace.csv that is not pegaso's.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini --out $DIR/a >/dev/null && $BIN run $DIR/run.ini --out $DIR/b >/dev/null && printf 'a,b\n1,2\n' > $DIR/b/trace.csv
#> args diff $DIR/a $DIR/b
#> code 2
#> stdout
#> stderr
$DIR/b/trace.csv:1: not a pegaso trace (7 columns expected)
