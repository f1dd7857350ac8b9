# A deadline's target must be a date.
#> copy fixtures/bad/import-override-bad-target .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:2: indicator '1.3': target '5': not a date (expected YYYY-MM-DD or DD/MM/YYYY) (kind deadline)
