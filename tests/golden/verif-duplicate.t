# Two rows for the same indicator and year.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,,
1.2,2020,2020-06-30,,
2.1,2020,50,,
1.1,2020,70%,,
#> stderr
$DIR/verifiche.csv:5: indicator '1.1' for 2020 appears twice (first at line 2)
