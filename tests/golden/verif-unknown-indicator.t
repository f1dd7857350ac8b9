# A verification of an indicator that is not in the plan.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,,
1.2,2020,2020-06-30,,
2.1,2020,50,,
9.9,2020,5,,
#> stderr
$DIR/verifiche.csv:5: indicator_id '9.9': no such indicator in the plan
