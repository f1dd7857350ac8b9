# An empty title.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/objectives.csv
objective_id,year,sector,title,incentivized,weight
1,2020,AG,,yes,1
2,2020,PM,T,no,1
#> stderr
$DIR/plan/objectives.csv:2: title: value required
