# Money with three decimals.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file staff.csv
employee_id,area,sector,days_in_service,base_amount
1,C,Affari generali,366,1000.005
#> stderr
$DIR/staff.csv:2: base_amount '1000.005': more than 2 decimal places
