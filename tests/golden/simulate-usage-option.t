# Options are checked.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --run 10 --seed 1
#> code 1
#> stderr
pegaso: simulate: unknown option '--run'
(see pegaso help)
