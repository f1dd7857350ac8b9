# A correction of a field that does not exist is an error.
#> copy fixtures/bad/import-override-unknown-field .
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> code 2
#> stderr
$DIR/overrides.csv:2: field 'colour': unknown field (objectives: sector, service, manager, owner, title, strategic_code, duration, nature, impact, incentivized, weight; indicators: category, description, unit, kind, target, baseline, weight)
