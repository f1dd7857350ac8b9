# import needs the document and --out.
#> args import fixtures/import-small/peg.txt
#> code 1
#> stderr
pegaso: import: --out DIR is required
(see pegaso help)
