# A staff file but no pools to distribute.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> file rules.ini
[scoring]
missing = error
#> stderr
$DIR/rules.ini: the run file names a staff file but the rules define no [pool NAME] to distribute
