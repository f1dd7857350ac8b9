# A row with neither a date nor a status.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2020,,,in corso
#> stderr
$DIR/fasi.csv:2: phase '1.F1': done is empty (give the date the phase was done, or status not_done or neutralized)
