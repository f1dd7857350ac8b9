# A verification for the run year of an indicator planned only for another year.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,percent,80%,,1
1,1.2,2020,deadline,2020-06-30,,1
2,2.1,2020,count,100,,1
2,2.2,2021,count,10,,1
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,,
1.2,2020,2020-06-30,,
2.1,2020,50,,
2.2,2020,5,,
#> stderr
$DIR/verifiche.csv:5: indicator '2.2' has no target for 2020 in the plan
