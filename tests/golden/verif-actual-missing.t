# A measured row without a value.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,,,
#> stderr
$DIR/verifiche.csv:2: indicator '1.1': actual value missing (leave the row out, or set status neutralized or not_due)
