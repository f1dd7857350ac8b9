# A CSV file deleted from the run folder: explain refuses.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && rm $OUT/sectors.csv
#> args explain $OUT 1
#> code 6
#> stdout
#> stderr
$OUT/sectors.csv: missing from the run folder (the recomputation writes it)
pegaso: note: the inputs recomputed by pegaso VERSION do not give the files of $OUT (see pegaso verify)
