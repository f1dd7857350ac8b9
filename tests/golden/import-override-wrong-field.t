# An indicator field for an objective id (and the other way) is an error.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
1,kind,count,prova
#> code 2
#> stderr
$DIR/overrides.csv:2: field 'kind': an indicator field, and the id is an objective
