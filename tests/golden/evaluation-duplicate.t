# A component twice for one person.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file evaluations.csv
employee_id,component,score
1,behaviour,90
1,Behaviour,80
#> stderr
$DIR/evaluations.csv:3: employee '1' has component 'behaviour' twice (first at line 2)
