# NaN is not a number.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,count,NaN,,1
#> stderr
$DIR/plan/indicators.csv:2: target 'NaN': not a number
