# --distribution is the distribution of --spread.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --runs 10 --seed 1 --distribution normal --out $OUT
#> code 1
#> stderr
pegaso: simulate: --distribution applies to --spread (ranges in the verification file name their own)
