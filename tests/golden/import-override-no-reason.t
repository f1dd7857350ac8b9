# Every correction says why.
#> copy fixtures/bad/import-override-no-reason .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:2: reason: value required
