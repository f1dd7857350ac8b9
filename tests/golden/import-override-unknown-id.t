# A correction for an id the document does not have is an error.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
1,title,Fascicoli,ok
99,title,Altro,scheda nuova
#> code 2
#> stderr
$DIR/overrides.csv:3: id '99': not an objective or an indicator of the document
