# A pool score naming a component nobody has.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-unknown-component .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:22: [pool individual] score names component 'behavior', which is neither ente, sector, objectives nor a component of evaluations.csv
