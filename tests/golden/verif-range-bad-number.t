# The ends of a range are read like the actual value, in the file's dialect.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note,actual_low,actual_high
1.1,2020,60%,,,50%,70%
1.2,2020,2020-06-30,,,,
2.1,2020,50,,,"40,5",60
#> stderr
$DIR/verifiche.csv:4: actual_low '40,5': a decimal comma in a decimal-point file (write 1.5, not 1,5)
