# Causes must be declared reducing or protected.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file absences.csv
employee_id,cause,days
1,FERIE,3
#> stderr
$DIR/absences.csv:2: cause 'FERIE': unknown cause (not listed as reducing or protected in [absences] of the rules)
