# A neutralized indicator carries no value.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,neutralized,causa esterna
#> stderr
$DIR/verifiche.csv:2: actual '60%': a neutralized indicator is not scored: leave actual empty
