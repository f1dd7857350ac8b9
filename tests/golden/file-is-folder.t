# A folder where a file is expected.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> file run.ini
[run]
year = 2020
plan = plan
verification = plan
rules = rules.ini
output = out
#> stderr
$DIR/plan: is a directory, expected a CSV file
