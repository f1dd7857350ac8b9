# A correction for an id the document does not have is an error.
#> copy fixtures/bad/import-override-unknown-id .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:3: id '99': not an objective or an indicator of the document
