# A file the user cannot read (run as an unprivileged user).
#> copy fixtures/mini .
#> copy fixtures/bad/file-unreadable .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> setup chmod 000 $DIR/verifiche.csv
#> user nobody
#> stderr
$DIR/verifiche.csv: cannot open: Permission denied
