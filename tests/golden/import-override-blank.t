# The title and the settore cannot be corrected to nothing (a plan needs
# them); other text fields can.
#> args import fixtures/import-small/peg.txt --out $OUT --overrides $DIR/overrides.csv
#> file overrides.csv
id,field,value,reason
1,strategic_code,,codice non assegnato
1,title,,prova
#> code 2
#> stderr
$DIR/overrides.csv:3: value '': a value is required for this field
