# Built-in components are computed, not given.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/evaluation-builtin .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/evaluations.csv:2: component 'sector': computed by pegaso from the plan; evaluations give the individual components
