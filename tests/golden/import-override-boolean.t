# A boolean target can only be yes (done).
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
2.2,kind,boolean,prova
2.2,target,no,prova
#> code 2
#> stderr
$DIR/overrides.csv:3: indicator '2.2': target 'no': a boolean target must be yes (kind boolean)
