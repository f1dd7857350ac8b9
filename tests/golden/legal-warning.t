# A check at level warning: the run goes on and says so.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 0
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
score = behaviour:70, contribution:30
curve = bands
bands = 0-60:0, 60-70:100, 70-80:150, 80-100:200
threshold = 60
mode = share
[legal]
art68_c3 = warning
#> file run.ini
; The smallest complete distribution: base of the golden pay cases.
[run]
ente = Comune minimo
year = 2020
plan = plan
verification = verifiche.csv
staff = staff.csv
absences = absences.csv
assignments = assignments.csv
evaluations = evaluations.csv
rules = rules.ini
output = out

[fund]
organizational = 1000.00
individual = 600.00
variable_resources = 2000.01
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
pegaso: warning: legal check: individual pool 600.00 is below the 30% of variable resources 2000.01 (CCNL 21.5.2018 art. 68 c.3)
