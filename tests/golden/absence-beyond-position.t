# Person-wide days shared by days in service overflow a position.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file absences.csv
employee_id,cause,days,position
4,MAL,190,a
4,MAL,30,
#> stderr
$DIR/absences.csv:3: employee '4' position 'a': 206.393443 reducing absence days, more than the 200 days in service
