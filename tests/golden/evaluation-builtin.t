# Built-in components are computed, not given.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file evaluations.csv
employee_id,component,score
1,sector,90
#> stderr
$DIR/evaluations.csv:2: component 'sector': computed by pegaso from the plan; evaluations give the individual components
