# An output removed from the run folder together with its manifest line:
# the reproduction writes it, and the manifest differs.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && rm $OUT/transparency.csv && sed -i '/  transparency.csv$/d' $OUT/manifest
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 0 of 9 inputs changed or missing, 2 of 12 files differ
#> stderr
$OUT/manifest:31: differs from the reproduction (column 1)
$OUT/manifest:31: note: run folder:   (end of file)
$OUT/manifest:31: note: reproduction: output 0019d3ac55ba97ddb2e0589aeba827008dee10c4c1407fe90467d36995cded42  transparency.csv
$OUT/transparency.csv: missing from the run folder (the reproduction writes it)
