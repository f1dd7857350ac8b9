# An indicator of an objective that does not exist.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-indicator-unknown-objective .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/indicators.csv:5: objective_id '9': no such objective in objectives.csv
