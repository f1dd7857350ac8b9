# Days in service are whole days.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file staff.csv
employee_id,area,position,sector,part_time,days_in_service,convention_share,excluded,excluded_reason
1,C,,Affari generali,100,365.5,100,no,
#> stderr
$DIR/staff.csv:2: days_in_service '365.5': not a whole number
