# A note spanning lines: later errors still name the physical line.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,,"prima riga
seconda riga"
1.2,2020,45,,
#> stderr
$DIR/verifiche.csv:4: actual '45': not a date (expected YYYY-MM-DD or DD/MM/YYYY)
