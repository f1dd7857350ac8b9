#> args frobnicate
#> code 1
#> stderr
pegaso: unknown command 'frobnicate'
(see pegaso help)
