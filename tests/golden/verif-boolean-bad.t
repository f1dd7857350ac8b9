# Yes/no values.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target,baseline,weight
1,1.1,2020,boolean,SI,,1
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,forse,,
#> stderr
$DIR/verifiche.csv:2: actual 'forse': expected yes or no (si, sì, no, yes, true, false, 1, 0)
