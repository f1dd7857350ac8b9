# An indicator of an objective that does not exist.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,percent,80%,,1
1,1.2,2020,deadline,2020-06-30,,1
2,2.1,2020,count,100,,1
9,9.1,2020,count,5,,1
#> stderr
$DIR/plan/indicators.csv:5: objective_id '9': no such objective in objectives.csv
