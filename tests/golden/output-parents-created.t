# Missing parent folders of the output are created.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT/a/b/2020
#> code 0
#> stdout
pegaso: wrote $OUT/a/b/2020
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
