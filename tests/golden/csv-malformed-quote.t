# A quote inside an unquoted field.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,,la "nota"
#> stderr
$DIR/verifiche.csv:2: malformed quotes at column 18 (a '"' inside a field must be doubled and the field quoted)
