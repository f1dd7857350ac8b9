# A deadline on a day that does not exist.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,deadline,31/02/2020,,1
#> stderr
$DIR/plan/indicators.csv:2: target '31/02/2020': no such day in that month
