# Distributions are uniform, triangular or normal.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note,actual_low,actual_high,distribution
1.1,2020,60%,,,50%,70%,gaussian
1.2,2020,2020-06-30,,,,,
2.1,2020,50,,,,,
#> stderr
$DIR/verifiche.csv:2: distribution 'gaussian': unknown distribution (expected uniform, triangular or normal)
