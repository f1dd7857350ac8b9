# A judgement is 0 to 100.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-judgement-range .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual '120': a judgement is an achievement from 0 to 100
