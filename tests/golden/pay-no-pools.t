# A staff file but no pools to distribute.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-no-pools .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini: the run file names a staff file but the rules define no [pool NAME] to distribute
