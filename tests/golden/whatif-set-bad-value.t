# A value given with --set is checked like the same value in the rules file.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set 'pool individual.threshold=6O' --out $OUT
#> code 3
#> stderr
--set: [pool individual] threshold = '6O': not a number
