# [run] csv names the dialect of the CSV outputs: standard or it.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> file run.ini
[run]
year = 2020
plan = plan
verification = verifiche.csv
rules = rules.ini
output = out
csv = excel
#> stderr
$DIR/run.ini:7: [run] csv = 'excel': expected standard or it
