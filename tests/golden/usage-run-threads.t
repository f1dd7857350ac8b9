# --threads takes a number of threads from 1 to 64.
#> args run x.ini --threads 0
#> code 1
#> stderr
pegaso: --threads needs a number from 1 to 64
(see pegaso help)
