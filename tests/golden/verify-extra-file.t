# A file added to the run folder after the run.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && echo note > $OUT/notes.txt
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 0 of 9 inputs changed or missing, 1 of 13 files differ
#> stderr
$OUT/notes.txt: not written by the run ($OUT/manifest does not record it)
