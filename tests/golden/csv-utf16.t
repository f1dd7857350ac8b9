# A UTF-16 file (as some Excel versions save "Unicode text").
#> copy fixtures/mini .
#> copy fixtures/bad/csv-utf16 .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:1: the file is UTF-16; re-save it as UTF-8 (CSV UTF-8 in Excel)
