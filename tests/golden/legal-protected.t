# A ruleset that counts maternity as reducing.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/legal-protected .
#> args run $DIR/run.ini --out $OUT
#> code 5
#> stderr
pegaso: legal check failed: [absences] lists MAT (protected by law) as reducing (D.Lgs. 150/2009 art. 9 c.3; D.Lgs. 151/2001; L. 104/1992)
