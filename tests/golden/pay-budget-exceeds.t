# Theoretical premiums above the pool.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-budget-exceeds .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/run.ini:16: [pool individual]: the premiums (950.00, from the maximum premiums of $DIR/staff.csv) exceed the pool less the maggiorazione (600.00)
