# A year on an objective's correction is an error.
#> copy fixtures/bad/import-override-objective-year .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:2: year '2020': a year applies to indicators only
