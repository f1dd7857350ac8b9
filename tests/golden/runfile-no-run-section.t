# A run file without [run].
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> file run.ini
[fund]
individual = 100.00
#> stderr
$DIR/run.ini: no [run] section
