# An indicator field for an objective id (and the other way) is an error.
#> copy fixtures/bad/import-override-wrong-field .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:2: field 'kind': an indicator field, and the id is an objective
