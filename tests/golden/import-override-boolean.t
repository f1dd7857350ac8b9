# A boolean target can only be yes (done).
#> copy fixtures/bad/import-override-boolean .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:3: indicator '2.2': target 'no': a boolean target must be yes (kind boolean)
