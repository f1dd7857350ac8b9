# A percentage-point increment needs a baseline.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,pp_increment,5,,1
#> stderr
$DIR/plan/indicators.csv:2: indicator '1.1': a pp_increment needs a baseline
