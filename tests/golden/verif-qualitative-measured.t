# A qualitative indicator is scored by judgement only.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-qualitative-measured .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: indicator '1.1' is qualitative: it needs status judgement (or neutralized)
