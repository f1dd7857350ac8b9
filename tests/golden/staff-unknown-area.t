# An area the rules do not know.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file staff.csv
employee_id,area,position,sector,part_time,days_in_service,convention_share,excluded,excluded_reason
1,E,,Affari generali,100,366,100,no,
#> stderr
$DIR/staff.csv:2: area 'E': not an area of [areas] in the rules
