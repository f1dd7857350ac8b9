# A number beyond any real quantity is refused, never wrapped.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-huge-number .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: actual '123456789012345678901234567890': number too large
