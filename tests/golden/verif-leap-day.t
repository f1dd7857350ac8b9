# The 29th of February exists in 2020, not in 2021.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-leap-day .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual '29/02/2021': no such day in that month
