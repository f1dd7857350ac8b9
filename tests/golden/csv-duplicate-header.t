# A column named twice.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,actual,actual
1.1,60,70
#> stderr
$DIR/verifiche.csv:1: column 'actual' appears twice (columns 2 and 3)
