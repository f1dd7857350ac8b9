# The output path is a file.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT --force
#> code 4
#> setup echo x > $OUT
#> stderr
$OUT: exists and is not a folder
