# One byte of an output changed after the run (a paid amount 361.55 ->
# 361.56): the file no longer matches the manifest and differs from the
# reproduction at line 2.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i '0,/361.55/s//361.56/' $OUT/payouts.csv
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 0 of 9 inputs changed or missing, 1 of 12 files differ
#> stderr
$OUT/payouts.csv: changed after the run (its SHA-256 is not the one in $OUT/manifest:24)
$OUT/payouts.csv:2: differs from the reproduction (column 109)
$OUT/payouts.csv:2: note: run folder:   ...,80,87.5,87.5,0.9,1.12,100,0.882,,,361.56,0.00,,361.55
$OUT/payouts.csv:2: note: reproduction: ...,80,87.5,87.5,0.9,1.12,100,0.882,,,361.55,0.00,,361.55
