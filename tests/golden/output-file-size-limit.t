# A file size limit (ulimit -f) hit while writing: a clean error, nothing left behind.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> limit fsize 1
#> stderr
$OUT: cannot write trace.csv: File too large
