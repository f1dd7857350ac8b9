# A qualitative indicator is scored by judgement only.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,qualitative,,,1
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,80,,
#> stderr
$DIR/verifiche.csv:2: indicator '1.1' is qualitative: it needs status judgement (or neutralized)
