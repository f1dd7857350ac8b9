# An empty objective id.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/objectives.csv
objective_id,year,sector,title,incentivized,weight
,2020,AG,Titolo,yes,1
2,2020,PM,T,no,1
#> stderr
$DIR/plan/objectives.csv:2: objective_id: value required
