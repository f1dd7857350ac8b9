# --year takes a year.
#> args import fixtures/import-small/peg.txt --out $OUT --year 20x
#> code 1
#> stderr
pegaso: --year needs a year (1900 to 2100)
(see pegaso help)
