# Weights are numbers greater than 0, in the dialect of the file.
#> copy fixtures/bad/import-override-weight .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:3: value '0': a weight must be greater than 0
