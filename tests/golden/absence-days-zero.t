# Absence days above 0.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/absence-days-zero .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:2: days '0': expected a number of days above 0
