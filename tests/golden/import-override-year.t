# A year selects one year of an indicator; objectives have no year, and an
# indicator without a row for that year is an error.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason,year
1.1,target,1400,revisione,2021
1.2,target,70,revisione,2021
#> code 2
#> stderr
$DIR/overrides.csv:3: id '1.2': no indicator with this id for that year
