# A verification of an indicator that is not in the plan.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-unknown-indicator .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:5: indicator_id '9.9': no such indicator in the plan
