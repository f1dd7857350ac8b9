# The incentivized flag is yes, no or unknown.
#> copy fixtures/mini .
#> copy fixtures/bad/plan-objective-incentivized .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/plan/objectives.csv:2: incentivized 'forse': expected yes, no or unknown
