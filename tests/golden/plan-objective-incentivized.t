# The incentivized flag is yes, no or unknown.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/objectives.csv
objective_id,year,sector,title,incentivized,weight
1,2020,AG,Titolo,forse,1
2,2020,PM,T,no,1
#> stderr
$DIR/plan/objectives.csv:2: incentivized 'forse': expected yes, no or unknown
