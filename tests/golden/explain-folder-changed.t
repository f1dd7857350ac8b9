# explain refuses a folder whose CSV files are not what its inputs give
# (an amount edited after the run).
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i '0,/361.55/s//361.56/' $OUT/payouts.csv
#> args explain $OUT 1
#> code 6
#> stdout
#> stderr
$OUT/payouts.csv:2: differs from the recomputation (column 109)
$OUT/payouts.csv:2: note: run folder:    ...,80,87.5,87.5,0.9,1.12,100,0.882,,,361.56,0.00,,361.55
$OUT/payouts.csv:2: note: recomputation: ...,80,87.5,87.5,0.9,1.12,100,0.882,,,361.55,0.00,,361.55
pegaso: note: the inputs recomputed by pegaso VERSION do not give the files of $OUT (see pegaso verify)
