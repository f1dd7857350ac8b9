# Unknown options are refused.
#> args run x.ini --fast
#> code 1
#> stderr
pegaso: run: unknown option '--fast'
(see pegaso help)
