# The spread is a percent with a decimal point.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --runs 10 --seed 1 --spread 1,5 --out $OUT
#> code 1
#> stderr
pegaso: simulate: --spread '1,5': expected a percent from 0 to 100
