# Two rows of one person need position keys.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file staff.csv
employee_id,area,position,sector,part_time,days_in_service,convention_share,excluded,excluded_reason
4,C,,Affari generali,100,200,100,no,
4,C,,Polizia municipale,100,166,100,no,
#> stderr
$DIR/staff.csv:3: employee '4' has two rows without a position (first at line 2): give each row its position key
