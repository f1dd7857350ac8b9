# A correction to kind phases with a share above 100%.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
1.2,kind,phases,prova
1.2,target,150,prova
#> code 2
#> stderr
$DIR/overrides.csv:3: indicator '1.2': target '150': a share of the phases above 100% cannot be reached (kind phases)
