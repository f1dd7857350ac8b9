# A phase verification file for a plan without phases.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> file run.ini
[run]
year = 2020
plan = plan
verification = verifiche.csv
phase_verification = fasi.csv
rules = rules.ini
output = out
#> file fasi.csv
phase_id,done
1.F1,2020-03-15
#> code 3
#> stderr
$DIR/run.ini: [run] phase_verification is given, but the plan has no phases (no phases.csv in the plan folder, and no [run] phases)
