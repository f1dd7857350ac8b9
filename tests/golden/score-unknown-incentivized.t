# Objectives whose incentivized flag is unknown stop the run unless the rules decide.
#> copy fixtures/mini .
#> copy fixtures/bad/score-unknown-incentivized .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/objectives.csv: 2 objectives have incentivized = unknown: '1' (line 2), '2' (line 3) (decide yes or no in the plan, or set unknown_incentivized in [scoring])
