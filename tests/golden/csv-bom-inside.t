# Two files joined: a byte order mark in the middle.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> filex verifiche.csv
indicator_id,year,actual,status,note\n1.1,2020,60%%,,\n\xef\xbb\xbf1.2,2020,2020-06-30,,\n
#> stderr
$DIR/verifiche.csv:3: byte order mark inside the file at column 1 (were two files joined?)
