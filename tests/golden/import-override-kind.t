# The kind is one of the ten.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
1.2,kind,percentuale,prova
#> code 2
#> stderr
$DIR/overrides.csv:2: value 'percentuale': unknown kind (expected percent, count, min, max, deadline, boolean, pp_increment, relative_change, qualitative or phases)
