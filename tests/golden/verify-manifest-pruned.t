# An output removed from the run folder together with its manifest line:
# the reproduction writes it, and the manifest differs.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && rm $OUT/sectors.csv && sed -i '/  sectors.csv$/d' $OUT/manifest
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 0 of 9 inputs changed or missing, 2 of 8 files differ
#> stderr
$OUT/manifest:22: differs from the reproduction (column 8)
$OUT/manifest:22: note: run folder:   output 3f1f554205e8ff65610a7617580ee121d0ca6ccb6399e21596028184874ed355  summary.txt
$OUT/manifest:22: note: reproduction: output 7f031f485d4c0e51fe8ddf2fbc2bb7f1df13c88aef3510779d75f8f1fae165c3  sectors.csv
$OUT/sectors.csv: missing from the run folder (the reproduction writes it)
