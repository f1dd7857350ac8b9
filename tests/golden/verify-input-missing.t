# An input file missing: named; the reproduction cannot run, and says why.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && rm $DIR/absences.csv
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 1 of 9 inputs changed or missing, 0 of 12 files differ from the manifest; no reproduction
#> stderr
$DIR/absences.csv: input missing (the manifest records it, $OUT/manifest:18)
pegaso: note: the inputs changed and the reproduction stopped: $DIR/absences.csv: cannot open: No such file or directory
