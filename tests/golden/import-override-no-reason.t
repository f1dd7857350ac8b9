# Every correction says why.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
1,title,Fascicoli,
#> code 2
#> stderr
$DIR/overrides.csv:2: reason: value required
