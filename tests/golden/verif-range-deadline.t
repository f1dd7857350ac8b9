# A deadline's range is two dates around the date it was done.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note,actual_low,actual_high
1.1,2020,60%,,,,
1.2,2020,2020-06-30,,,2020-06-01,2020-06-15
2.1,2020,50,,,,
#> stderr
$DIR/verifiche.csv:3: indicator '1.2': the range must hold the actual value (actual_low <= actual <= actual_high), found 2020-06-01 <= 2020-06-30 <= 2020-06-15
