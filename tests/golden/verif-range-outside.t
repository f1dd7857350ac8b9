# The actual value lies within its range.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note,actual_low,actual_high
1.1,2020,60%,,,65%,90%
1.2,2020,2020-06-30,,,,
2.1,2020,50,,,,
#> stderr
$DIR/verifiche.csv:2: indicator '1.1': the range must hold the actual value (actual_low <= actual <= actual_high), found 65% <= 60% <= 90%
