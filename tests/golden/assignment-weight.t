# A weight of 0.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file assignments.csv
employee_id,objective_id,weight
1,1,0
#> stderr
$DIR/assignments.csv:2: weight '0': a weight must be greater than 0
