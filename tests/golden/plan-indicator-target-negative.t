# A negative target.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,count,-5,,1
#> stderr
$DIR/plan/indicators.csv:2: target '-5': a negative target cannot be scored
