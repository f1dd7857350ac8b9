# A number given for a deadline.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.2,2020,45,,
#> stderr
$DIR/verifiche.csv:2: actual '45': not a date (expected YYYY-MM-DD or DD/MM/YYYY)
