# A deadline target that is not a date.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,deadline,entro giugno,,1
#> stderr
$DIR/plan/indicators.csv:2: target 'entro giugno': not a date (expected YYYY-MM-DD or DD/MM/YYYY)
