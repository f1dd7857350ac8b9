# No incentivized objective assigned: the assignments file is named.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-missing-objectives .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/assignments.csv: [pool organizational]: 1 employee lacks a score component: '4' (objectives) (add the evaluations or assignments, or give the pool a fallback)
