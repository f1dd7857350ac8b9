# An option's value is required.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --seed 1 --runs
#> code 1
#> stderr
pegaso: --runs needs a value
(see pegaso help)
