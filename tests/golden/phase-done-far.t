# A completion date years away from the phase's year (1900 for a 2020
# phase: a typing error, most likely) is used as written, with a warning
# naming the row; the run goes on.
#> copy fixtures/mini-phases .
#> setup sed -i 's/^1.F1,2020,2020-03-15/1.F1,2020,1900-01-01/' $DIR/fasi.csv
#> args run $DIR/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 60.42%
#> stderr
$DIR/fasi.csv:2: warning: phase '1.F1': done on 1900-01-01, more than a year before 2020: is the date right?
