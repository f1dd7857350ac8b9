# Person-wide days shared by days in service overflow a position.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/absence-beyond-position .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:3: employee '4' position 'a': 206.393443 reducing absence days, more than the 200 days in service
