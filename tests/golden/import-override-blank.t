# The title and the settore cannot be corrected to nothing (a plan needs
# them); other text fields can.
#> copy fixtures/bad/import-override-blank .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:3: value '': a value is required for this field
