# Numbers beyond 1e12 are refused, never wrapped.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,count,99999999999999999999,,1
#> stderr
$DIR/plan/indicators.csv:2: target '99999999999999999999': number too large
