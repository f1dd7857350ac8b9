# An empty staff file.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-empty .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv: empty file (a header line is required)
