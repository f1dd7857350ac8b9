# The share of the phases to keep is at most 100%.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target
1,1.1,2020,percent,80%
1,1.2,2020,phases,120%
2,2.1,2020,count,100
#> stderr
$DIR/plan/indicators.csv:3: target '120%': a share of the phases above 100% cannot be reached
