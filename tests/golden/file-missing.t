# A file the run file names does not exist.
#> copy fixtures/mini .
#> copy fixtures/bad/file-missing .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> stderr
$DIR/verifiche-2020.csv: cannot open: No such file or directory
