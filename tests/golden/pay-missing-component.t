# Employees without a component a pool needs are listed.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-missing-component .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/evaluations.csv: [pool individual]: 3 employees lack a score component: '2' (contribution), '3' (behaviour), '4' (behaviour) (add the evaluations or assignments, or give the pool a fallback)
