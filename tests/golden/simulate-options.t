# Every bad option value at once.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --runs 0 --seed -1 --threads 0 --spread 150 --distribution gaussian --out $OUT
#> code 1
#> stderr
pegaso: simulate: --runs '0': expected a whole number from 1 to 100000
pegaso: simulate: --seed '-1': expected a whole number from 0 to 999999999999999
pegaso: simulate: --threads '0': expected a whole number from 1 to 256
pegaso: simulate: --spread '150': expected a percent from 0 to 100
pegaso: simulate: --distribution 'gaussian': expected uniform, triangular or normal
