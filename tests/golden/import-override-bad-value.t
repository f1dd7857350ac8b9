# The flag takes yes, no or unknown.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
2,incentivized,forse,da decidere
#> code 2
#> stderr
$DIR/overrides.csv:2: value 'forse': expected yes, no or unknown
