# A component twice for one person.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/evaluation-duplicate .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/evaluations.csv:3: employee '1' has component 'behaviour' twice (first at line 2)
