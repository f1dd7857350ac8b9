# Yes or no has no range.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,percent,80%,,1
1,1.2,2020,boolean,yes,,1
2,2.1,2020,count,100,,1
#> file verifiche.csv
indicator_id,year,actual,status,note,actual_low,actual_high
1.1,2020,60%,,,,
1.2,2020,yes,,,no,yes
2.1,2020,50,,,,
#> stderr
$DIR/verifiche.csv:3: indicator '1.2' is boolean: a range in actual_low and actual_high applies to numbers and deadlines
