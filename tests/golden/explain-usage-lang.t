# --lang takes it or en.
#> args explain out 1 --lang fr
#> code 1
#> stdout
#> stderr
pegaso: --lang needs it or en
(see pegaso help)
