# import refuses an unknown option.
#> args import fixtures/import-small/peg.txt --out $OUT --bogus
#> code 1
#> stdout
#> stderr
pegaso: import: unknown option '--bogus'
(see pegaso help)
