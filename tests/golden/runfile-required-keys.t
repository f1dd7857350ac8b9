# The keys a run cannot do without.
#> copy fixtures/mini .
#> copy fixtures/bad/runfile-required-keys .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini:1: [run] year is required
$DIR/run.ini:1: [run] verification is required
$DIR/run.ini:1: [run] rules is required
$DIR/run.ini:1: [run] output is required
