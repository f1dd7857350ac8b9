# More reducing days than days in service.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file absences.csv
employee_id,cause,days
3,MAL,100
3,ASP,83.5
#> stderr
$DIR/absences.csv:3: employee '3': 183.5 reducing absence days, more than the 183 days in service
