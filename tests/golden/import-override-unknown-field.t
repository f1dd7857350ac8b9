# A correction of a field that does not exist is an error.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
1,colour,blu,prova
#> code 2
#> stderr
$DIR/overrides.csv:2: field 'colour': unknown field (objectives: sector, service, manager, owner, title, strategic_code, duration, nature, impact, incentivized, weight; indicators: category, description, unit, kind, target, baseline, weight)
