# A key the rules do not know is an error, as in the file.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set 'pool individual.treshold=65' --out $OUT
#> code 3
#> stderr
--set: unknown key 'treshold' in [pool individual]
