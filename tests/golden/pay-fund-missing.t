# A pool whose amount the run file does not give.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-fund-missing .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini: [fund] has no 'individual', the amount of [pool individual] ($DIR/rules.ini:20)
