# Status done without the date.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2020,,done,
#> stderr
$DIR/fasi.csv:2: phase '1.F1': status done needs the date in done
