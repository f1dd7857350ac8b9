# A pool score naming a component nobody has.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> file rules.ini
[scoring]
missing = error

[areas]
A = 1.00
B = 1.05
C = 1.12
D = 1.20

[absences]
reducing = MAL, ASP
protected = MAT, PAT, PAR, L104

[pool organizational]
basis = CCNL 21.5.2018 art. 68 c.2 lett. a
score = objectives:100
curve = linear
mode = share

[pool individual]
basis = CCNL 21.5.2018 art. 68 c.2 lett. b
score = behavior:70, contribution:30
curve = bands
bands = 0-60:0, 60-70:100, 70-80:150, 80-100:200
threshold = 60
mode = share
#> stderr
$DIR/rules.ini:22: [pool individual] score names component 'behavior', which is neither ente, sector, objectives nor a component of evaluations.csv
