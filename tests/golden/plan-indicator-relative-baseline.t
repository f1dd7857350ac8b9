# A relative change over a baseline of 0 is undefined.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,relative_change,50,0,1
#> stderr
$DIR/plan/indicators.csv:2: baseline '0': a relative change needs a baseline greater than 0
