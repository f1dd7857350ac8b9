# Status words are fixed.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-unknown-status .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: status 'done': unknown status (expected measured, neutralized, judgement or not_due)
