# A row with fewer cells than the header.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%
#> stderr
$DIR/verifiche.csv:2: 3 fields, but the header has 5
