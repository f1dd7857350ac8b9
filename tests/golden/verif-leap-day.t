# The 29th of February exists in 2020, not in 2021.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.2,2020,29/02/2021,,
#> stderr
$DIR/verifiche.csv:2: actual '29/02/2021': no such day in that month
