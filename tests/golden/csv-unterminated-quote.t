# A quote that never closes: named at the line where its record starts.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,,"nota
1.2,2020,2020-06-30,,
#> stderr
$DIR/verifiche.csv:2: unterminated quoted field (a '"' opens a field that never closes)
