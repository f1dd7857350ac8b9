# At most 100000 draws: each is kept for the quantiles.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --runs 100001 --seed 1 --out $OUT
#> code 1
#> stderr
pegaso: simulate: --runs '100001': expected a whole number from 1 to 100000
