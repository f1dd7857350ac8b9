# A judgement needs the reason.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-judgement-no-note .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: indicator '1.1': status judgement needs a note giving the reason
