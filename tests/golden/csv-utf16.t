# A UTF-16 file (as some Excel versions save "Unicode text").
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> filex verifiche.csv
\xff\xfei\x00n\x00d\x00\n\x00
#> stderr
$DIR/verifiche.csv:1: the file is UTF-16; re-save it as UTF-8 (CSV UTF-8 in Excel)
