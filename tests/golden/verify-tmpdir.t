# The temporary folder of the reproduction cannot be made: a file access
# error, not a difference.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> env TMPDIR=/nonexistent/pegaso-test
#> nowrap
#> args verify $OUT
#> code 4
#> stdout
#> stderr
/nonexistent/pegaso-test: cannot create the temporary folder of the reproduction here: No such file or directory (set TMPDIR)
