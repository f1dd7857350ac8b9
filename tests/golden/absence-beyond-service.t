# More reducing days than days in service.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/absence-beyond-service .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:3: employee '3': 183.5 reducing absence days, more than the 183 days in service
