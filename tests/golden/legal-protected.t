# A ruleset that counts maternity as reducing.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 5
#> file rules.ini
[scoring]
missing = error

[areas]
A = 1.00
B = 1.05
C = 1.12
D = 1.20

[absences]
reducing = MAL, ASP, MAT
protected = PAT, PAR, L104

[pool organizational]
basis = CCNL 21.5.2018 art. 68 c.2 lett. a
score = objectives:100
curve = linear
mode = share

[pool individual]
basis = CCNL 21.5.2018 art. 68 c.2 lett. b
score = behaviour:70, contribution:30
curve = bands
bands = 0-60:0, 60-70:100, 70-80:150, 80-100:200
threshold = 60
mode = share
#> stderr
pegaso: legal check failed: [absences] lists MAT (protected by law) as reducing (D.Lgs. 150/2009 art. 9 c.3; D.Lgs. 151/2001; L. 104/1992)
