# Negative absence days.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/absence-negative .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:2: days '-3': expected a number of days above 0
