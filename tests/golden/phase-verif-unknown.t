# A verification row for a phase the plan does not have.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2020,2020-03-15,,
1.F9,2020,2020-03-15,,
#> stderr
$DIR/fasi.csv:3: phase_id '1.F9': no such phase in the plan
