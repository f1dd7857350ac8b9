# A run file without [run].
#> copy fixtures/mini .
#> copy fixtures/bad/runfile-no-run-section .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini: no [run] section
