# An exclusion needs its reason.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file staff.csv
employee_id,area,position,sector,part_time,days_in_service,convention_share,excluded,excluded_reason
1,C,,Affari generali,100,366,100,yes,
#> stderr
$DIR/staff.csv:2: employee '1': excluded needs excluded_reason
