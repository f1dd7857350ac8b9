# A year that is not a year.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,20,2020-03-15,,
#> stderr
$DIR/fasi.csv:2: year '20': number out of range
