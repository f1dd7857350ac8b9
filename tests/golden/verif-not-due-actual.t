# An indicator not due this year carries no value.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,not_due,
#> stderr
$DIR/verifiche.csv:2: actual '60%': an indicator not due this year has no actual value
