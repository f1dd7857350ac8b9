# An unknown option of explain.
#> args explain out 1 --verbose
#> code 1
#> stdout
#> stderr
pegaso: explain: unknown option '--verbose'
(see pegaso help)
