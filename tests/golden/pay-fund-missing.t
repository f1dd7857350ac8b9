# A pool whose amount the run file does not give.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 3
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
variable_resources = 1600.00
#> stderr
$DIR/run.ini: [fund] has no 'individual', the amount of [pool individual] ($DIR/rules.ini:20)
