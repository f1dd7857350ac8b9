# Indicators of the plan without a verification under missing = error.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-missing-rows .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv: 2 indicators of the plan have no verification for 2020: '1.2' ($DIR/plan/indicators.csv:3), '2.1' ($DIR/plan/indicators.csv:4) (add the rows, or set missing = zero in [scoring])
