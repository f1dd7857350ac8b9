# The flag takes yes, no or unknown.
#> copy fixtures/bad/import-override-bad-value .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:2: value 'forse': expected yes, no or unknown
