# Weights are numbers greater than 0, in the dialect of the file.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id;field;value;reason
1;weight;1,5;il nucleo pesa di più la digitalizzazione
1.1;weight;0;prova
#> code 2
#> stderr
$DIR/overrides.csv:3: value '0': a weight must be greater than 0
