# A year selects one year of an indicator; objectives have no year, and an
# indicator without a row for that year is an error.
#> copy fixtures/bad/import-override-year .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:3: id '1.2': no indicator with this id for that year
