# A phase not done cannot have a date.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2020,2020-03-15,not_done,
#> stderr
$DIR/fasi.csv:2: done '2020-03-15': a phase not done has no date (leave done empty, or set status done)
