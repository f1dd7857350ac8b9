# Legacy categories in a 2023 run need [area_map].
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-legacy-area-2023 .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:2: area 'C': a legacy category in a run for 2023 or later: map it to an area of CCNL 2022 in [area_map] of the rules
