# An unknown status.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2020,2020-03-15,fatta,
#> stderr
$DIR/fasi.csv:2: status 'fatta': unknown status (expected done, not_done or neutralized)
