# Three positively evaluated, all tied at 85, quota 50%: k = floor(1.5) = 1 slot shared by the three tied, so everyone receives the maggiorazione: the art. 69 check fails.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/legal-art69-everyone .
#> args run $DIR/run.ini --out $OUT
#> code 5
#> stderr
pegaso: legal check failed: [pool individual] all 3 positively evaluated receive the maggiorazione: art. 69 c.2 keeps it to a limited share of the staff evaluated (CCNL 21.5.2018 art. 69)
