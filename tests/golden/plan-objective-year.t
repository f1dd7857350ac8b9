# A year outside 1900-2100.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-objective-year .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/objectives.csv:2: year '20': number out of range
