# A date given for a numeric indicator.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,2020-06-30,,
#> stderr
$DIR/verifiche.csv:2: actual '2020-06-30': a date, but the indicator is a number
