# Two rows for the same phase and year (a blank year is the run year).
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2020,2020-03-15,,
1.F2,2021,2021-03-15,,
1.F2,,2020-07-10,,
1.F1,,2020-03-16,,
#> stderr
$DIR/fasi.csv:5: phase '1.F1' for 2020 appears twice (first at line 2)
