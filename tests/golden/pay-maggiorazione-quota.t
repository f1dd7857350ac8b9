# maggiorazione_quota is 1 to 50: a limited share of the positively evaluated (art. 69 c.2).
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-maggiorazione-quota .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:20: [pool organizational] maggiorazione_quota = '0.5': out of range (1 to 50): art. 69 c.2 gives the maggiorazione to a limited share of the positively evaluated, at most half
$DIR/rules.ini:30: [pool individual] maggiorazione_quota = '100': out of range (1 to 50): art. 69 c.2 gives the maggiorazione to a limited share of the positively evaluated, at most half
