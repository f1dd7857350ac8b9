# An indicator of kind phases, and no phase verification file at all.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> file run.ini
[run]
year = 2020
plan = plan
verification = verifiche.csv
rules = rules.ini
output = out
#> code 2
#> stderr
$DIR/plan/phases.csv: 3 phases measured by indicators of kind phases have no verification for 2020: '1.F1' ($DIR/plan/phases.csv:2), '1.F2' ($DIR/plan/phases.csv:3), '1.F3' ($DIR/plan/phases.csv:4) (name a phase_verification file in [run], or set missing = zero in [scoring])
