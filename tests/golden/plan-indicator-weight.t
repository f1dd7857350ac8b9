# A negative weight.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,count,10,,-1
#> stderr
$DIR/plan/indicators.csv:2: weight '-1': a weight must be greater than 0
