# An indicator id cannot move to another objective in another year.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,percent,80%,,1
1,1.2,2020,deadline,2020-06-30,,1
2,2.1,2020,count,100,,1
2,1.1,2021,percent,90%,,1
#> stderr
$DIR/plan/indicators.csv:5: indicator '1.1' belongs to objective '1' at line 2, not to '2'
