# 29 February 2021 does not exist.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2021,29/02/2021,,
#> stderr
$DIR/fasi.csv:2: done '29/02/2021': no such day in that month
