# explain refuses a folder whose inputs changed since the run.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's/^1,behaviour,90$/1,behaviour,91/' $DIR/evaluations.csv
#> args explain $OUT 1
#> code 6
#> stdout
#> stderr
$DIR/evaluations.csv: input changed since the run (its SHA-256 is not the one in $OUT/manifest:20)
pegaso: note: explain tells the story of $OUT only with the inputs its manifest records (see pegaso verify)
