# Objectives whose incentivized flag is unknown stop the run unless the rules decide.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/objectives.csv
objective_id,year,sector,title,incentivized,weight
1,2020,AG,Titolo,unknown,1
2,2020,PM,T,,1
#> stderr
$DIR/plan/objectives.csv: 2 objectives have incentivized = unknown: '1' (line 2), '2' (line 3) (decide yes or no in the plan, or set unknown_incentivized in [scoring])
