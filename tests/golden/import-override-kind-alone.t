# A kind corrected alone must fit the target as read.
#> copy fixtures/bad/import-override-kind-alone .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:2: indicator '2.2': the kind 'count' does not fit the target read (''): correct the target too
