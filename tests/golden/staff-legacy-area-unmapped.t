# A 2020 run whose rules list only the 2022 areas, without [area_map]: a
# legacy category is neither an area nor mapped to one.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-legacy-area-unmapped .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stdout
#> stderr
$DIR/staff.csv:2: area 'C': not an area of [areas] in the rules, nor mapped to one in [area_map]
