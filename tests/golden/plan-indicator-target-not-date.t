# A deadline target that is not a date.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-target-not-date .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target 'entro giugno': not a date (expected YYYY-MM-DD or DD/MM/YYYY)
