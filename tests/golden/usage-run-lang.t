# --lang takes it or en.
#> args run x.ini --lang fr
#> code 1
#> stderr
pegaso: --lang needs it or en
(see pegaso help)
