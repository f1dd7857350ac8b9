# Required columns missing: one error lists them all.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/objectives.csv
objective_id,year,weight
1,2020,1
#> stderr
$DIR/plan/objectives.csv:1: missing required columns 'sector', 'title'
