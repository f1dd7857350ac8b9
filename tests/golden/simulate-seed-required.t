# The seed is required: the same seed gives the same results.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --runs 10 --out $OUT
#> code 1
#> stderr
pegaso: simulate: --seed S is required
