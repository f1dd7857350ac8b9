# A weight of 0 is refused.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/objectives.csv
objective_id,year,sector,title,incentivized,weight
1,2020,AG,Titolo,yes,0
2,2020,PM,T,no,1
#> stderr
$DIR/plan/objectives.csv:2: weight '0': a weight must be greater than 0
