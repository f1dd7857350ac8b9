# The number of draws is required.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --seed 1 --out $OUT
#> code 1
#> stderr
pegaso: simulate: --runs N is required
