# A kind scored by judgement needs judgement rows.
#> copy fixtures/mini .
#> copy fixtures/bad/score-judgement-kind-measured .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:4: indicator '2.1': kind count is scored by judgement ([kind count]), so its status must be judgement
