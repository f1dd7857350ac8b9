# The scenario file must exist.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --scenarios $DIR/nope.ini --out $OUT
#> code 4
#> stderr
$DIR/nope.ini: cannot open: No such file or directory
