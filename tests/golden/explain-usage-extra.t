# One folder and one id.
#> args explain out 1 2
#> code 1
#> stdout
#> stderr
pegaso: explain: unexpected argument '2'
(see pegaso help)
