# The temporary folder of the recomputation cannot be made.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> env TMPDIR=/nonexistent/pegaso-test
#> nowrap
#> args explain $OUT 1
#> code 4
#> stdout
#> stderr
/nonexistent/pegaso-test: cannot create the temporary folder of the recomputation here: No such file or directory (set TMPDIR)
