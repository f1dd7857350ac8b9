# Two runs of the same inputs: nothing changed, exit 0 (in English).
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini --out $DIR/a >/dev/null && $BIN run $DIR/run.ini --out $DIR/b >/dev/null
#> args diff $DIR/a $DIR/b --lang en
#> code 0
#> stdout
Comparison of $DIR/a (A) and $DIR/b (B)
Inputs: the same SHA-256 in both manifests

Indicators changed: 0
Objectives changed: 0
Settori and ente changed: 0
Pools changed: 0
Employees whose pay changed: 0 of 5
Same results: no indicator, objective, settore, pool or pay changed.
#> stderr
