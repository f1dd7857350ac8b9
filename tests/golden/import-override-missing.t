# The corrections file cannot be read: exit 4.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/nothere.csv
#> code 4
#> stderr
$DIR/nothere.csv: cannot open: No such file or directory
