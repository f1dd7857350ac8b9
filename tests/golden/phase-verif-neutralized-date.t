# A neutralized phase cannot have a date.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2020,15/03/2020,neutralized,sciopero
#> stderr
$DIR/fasi.csv:2: done '15/03/2020': a neutralized phase is not scored: leave done empty
