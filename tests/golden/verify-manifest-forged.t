# A file added to the run folder and recorded in its manifest after the
# run: the folder matches the manifest, but the reproduction writes
# neither the file nor that manifest line.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && echo note > $OUT/notes.txt && echo "output $(sha256sum $OUT/notes.txt | cut -c1-64)  notes.txt" >> $OUT/manifest
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 0 of 9 inputs changed or missing, 2 of 13 files differ
#> stderr
$OUT/manifest:32: differs from the reproduction (column 1)
$OUT/manifest:32: note: run folder:   output 389ed6887e49a315f706f6c2b931b1dcf0d797c91437124f32eb98555c669758  notes.txt
$OUT/manifest:32: note: reproduction: (end of file)
$OUT/notes.txt: not written by the reproduction
