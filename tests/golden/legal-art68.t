# The individual pool below 30% of the variable resources: exit 5, no output.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 5
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
#> stderr
pegaso: legal check failed: individual pool 600.00 is below the 30% of variable resources 2000.01 (CCNL 21.5.2018 art. 68 c.3)
