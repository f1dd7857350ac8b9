# The run file is required.
#> copy fixtures/mini-pay .
#> args simulate --runs 10 --seed 1
#> code 1
#> stderr
pegaso: simulate: the run file is required
(see pegaso help)
