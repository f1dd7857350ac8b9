# The folder is written like a run folder: an existing one only with
# --force, and a failed simulation leaves nothing behind.
#> copy fixtures/mini-pay .
#> setup mkdir -p $OUT
#> args simulate $DIR/run.ini --runs 10 --seed 1 --out $OUT
#> code 4
#> stderr
$OUT: output folder exists (use --force to replace it)
