# Causes must be declared reducing or protected.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/absence-unknown-cause .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:2: cause 'FERIE': unknown cause (not listed as reducing or protected in [absences] of the rules)
