# The same indicator twice for one year.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,percent,80%,,1
1,1.2,2020,deadline,2020-06-30,,1
2,2.1,2020,count,100,,1
1,1.1,2020,percent,90%,,1
#> stderr
$DIR/plan/indicators.csv:5: indicator '1.1' for 2020 appears twice (first at line 2)
