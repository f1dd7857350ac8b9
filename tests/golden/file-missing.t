# A file the run file names does not exist.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> file run.ini
[run]
year = 2020
plan = plan
verification = verifiche-2020.csv
rules = rules.ini
output = out
#> stderr
$DIR/verifiche-2020.csv: cannot open: No such file or directory
