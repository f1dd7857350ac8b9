# Two pools drawing on the same [fund] amount would pay it twice.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-fund-twice .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:21: [pool individual] draws on [fund] organizational, as [pool organizational] does (line 14): the amount would be paid twice (one pool per [fund] key)
