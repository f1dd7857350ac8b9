# --csv takes standard or it.
#> args run x.ini --csv excel
#> code 1
#> stderr
pegaso: --csv needs standard or it
(see pegaso help)
