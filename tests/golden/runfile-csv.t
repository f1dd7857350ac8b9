# [run] csv names the dialect of the CSV outputs: standard or it.
#> copy fixtures/mini .
#> copy fixtures/bad/runfile-csv .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini:7: [run] csv = 'excel': expected standard or it
