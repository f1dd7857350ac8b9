# One run file.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini $DIR/other.ini --runs 10 --seed 1
#> code 1
#> stderr
pegaso: simulate: unexpected argument '$DIR/other.ini'
(see pegaso help)
