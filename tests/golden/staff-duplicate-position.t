# The same position twice.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file staff.csv
employee_id,area,position,sector,part_time,days_in_service,convention_share,excluded,excluded_reason
4,C,a,Affari generali,100,200,100,no,
4,C,a,Polizia municipale,100,166,100,no,
#> stderr
$DIR/staff.csv:3: employee '4' position 'a' appears twice (first at line 2)
