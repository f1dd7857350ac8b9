# An Italian decimal comma in a comma-separated file.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,"60,5",,
#> stderr
$DIR/verifiche.csv:2: actual '60,5': a decimal comma in a decimal-point file (write 1.5, not 1,5)
