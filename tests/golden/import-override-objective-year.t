# A year on an objective's correction is an error.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason,year
1,title,Fascicoli,prova,2020
#> code 2
#> stderr
$DIR/overrides.csv:2: year '2020': a year applies to indicators only
