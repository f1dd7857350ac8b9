# The kind must be one of the ten.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,percentuale,80%,,1
#> stderr
$DIR/plan/indicators.csv:2: kind 'percentuale': unknown kind (expected percent, count, min, max, deadline, boolean, pp_increment, relative_change, qualitative or phases)
