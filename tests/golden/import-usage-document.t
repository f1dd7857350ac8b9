# import needs the document.
#> args import --out $OUT
#> code 1
#> stdout
#> stderr
pegaso: import: the PEG document is required
(see pegaso help)
