# --objective takes the objective's id.
#> args explain out --objective
#> code 1
#> stdout
#> stderr
pegaso: --objective needs an id
(see pegaso help)
