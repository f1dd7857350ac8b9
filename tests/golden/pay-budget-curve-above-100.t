# In budget mode the factor is a share of the maximum premium.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-budget-curve-above-100 .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:23: [pool individual] in mode = budget the factor is a share of the maximum premium: the curve must not exceed 100
