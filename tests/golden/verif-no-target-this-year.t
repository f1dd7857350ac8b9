# A verification for the run year of an indicator planned only for another year.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-no-target-this-year .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:5: indicator '2.2' has no target for 2020 in the plan
