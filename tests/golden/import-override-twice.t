# Two corrections of the same id and field: an error naming both lines
# (the last would silently win).
#> copy fixtures/bad/import-override-twice .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:6: field 'target': '2.2' is already corrected at line 3 (one correction per id and field)
