# In a semicolon file 1.2 is neither a decimal nor a thousands group.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/indicators.csv
objective_id;indicator_id;year;kind;target
1;1.1;2020;count;1.2
#> stderr
$DIR/plan/indicators.csv:2: target '1.2': '.' must separate groups of three digits in a decimal-comma file
