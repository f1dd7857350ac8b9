# --out needs a folder.
#> args run x.ini --out
#> code 1
#> stderr
pegaso: --out needs a folder
(see pegaso help)
