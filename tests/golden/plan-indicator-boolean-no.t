# A boolean target is yes (done).
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,boolean,no,,1
#> stderr
$DIR/plan/indicators.csv:2: target 'no': a boolean target must be yes (done)
