# Without --out, the run file names the folder (relative to the run file).
#> copy fixtures/mini .
#> args run $DIR/run.ini
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
