# Status words are fixed.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,done,
#> stderr
$DIR/verifiche.csv:2: status 'done': unknown status (expected measured, neutralized, judgement or not_due)
