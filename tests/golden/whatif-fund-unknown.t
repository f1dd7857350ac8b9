# An override changes a fund amount of the run file; a misspelt key is not a new fund.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set fund.individuale=700.00 --out $OUT
#> code 3
#> stderr
--set: unknown key 'individuale' in [fund] (an override changes an amount of the run file)
