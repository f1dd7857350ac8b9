# A folder where a file is expected.
#> copy fixtures/mini .
#> copy fixtures/bad/file-is-folder .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> stderr
$DIR/plan: is a directory, expected a CSV file
