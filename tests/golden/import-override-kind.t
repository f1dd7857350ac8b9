# The kind is one of the ten.
#> copy fixtures/bad/import-override-kind .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:2: value 'percentuale': unknown kind (expected percent, count, min, max, deadline, boolean, pp_increment, relative_change, qualitative or phases)
