# A run file whose output is an absolute path does not lead back to it
# (here the manifest says so: `output = /srv/pegaso/out`).
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's#^run-output out$#run-output /srv/pegaso/out#' $OUT/manifest
#> args verify $OUT
#> code 4
#> stdout
#> stderr
$OUT: the run file's output ('/srv/pegaso/out') does not tell where the run file is: give it with --run RUN.ini
