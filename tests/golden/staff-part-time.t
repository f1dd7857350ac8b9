# Part time is a percent above 0.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file staff.csv
employee_id,area,position,sector,part_time,days_in_service,convention_share,excluded,excluded_reason
1,C,,Affari generali,0,366,100,no,
#> stderr
$DIR/staff.csv:2: part_time '0': expected a percent above 0 and at most 100
