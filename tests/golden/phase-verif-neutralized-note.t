# A neutralized phase needs the reason.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F1,2020,,neutralizzata,
#> stderr
$DIR/fasi.csv:2: phase '1.F1': status neutralized needs a note giving the reason
