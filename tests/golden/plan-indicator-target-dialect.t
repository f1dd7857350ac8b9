# A decimal comma in a comma-separated (decimal point) file is rejected, not read as 1.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-target-dialect .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target '1,5': a decimal comma in a decimal-point file (write 1.5, not 1,5)
