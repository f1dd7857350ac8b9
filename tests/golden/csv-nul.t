# A NUL byte.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> filex verifiche.csv
indicator_id,year,actual,status,note\n1.1,2020,6\x000,,\n
#> stderr
$DIR/verifiche.csv:2: NUL byte in the text (is the file UTF-16 or binary?)
