# A [fund] amount no pool distributes.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-fund-unused .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini:17: [fund] segreteria = 250.00 is the amount of no pool of $DIR/rules.ini (name it in a pool's amount_key, or remove it; only the variable resources of the art. 68 c.3 check, 'variable_resources', are read without a pool)
