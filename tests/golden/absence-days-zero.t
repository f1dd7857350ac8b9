# Absence days above 0.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file absences.csv
employee_id,cause,days
1,MAL,0
#> stderr
$DIR/absences.csv:2: days '0': expected a number of days above 0
