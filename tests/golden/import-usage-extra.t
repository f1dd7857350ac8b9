# import reads one document: a second one is refused.
#> args import fixtures/import-small/peg.txt b --out $OUT
#> code 1
#> stdout
#> stderr
pegaso: import: unexpected argument 'b'
(see pegaso help)
