# A deadline's range is made of dates.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note,actual_low,actual_high
1.1,2020,60%,,,,
1.2,2020,2020-06-30,,,10,2020-07-31
2.1,2020,50,,,,
#> stderr
$DIR/verifiche.csv:3: actual_low '10': not a date (expected YYYY-MM-DD or DD/MM/YYYY)
