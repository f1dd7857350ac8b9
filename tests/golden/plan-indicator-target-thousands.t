# In a semicolon file 1.2 is neither a decimal nor a thousands group.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-target-thousands .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:2: target '1.2': '.' must separate groups of three digits in a decimal-comma file
