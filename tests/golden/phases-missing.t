# Phases measured by 1.2 (kind phases) without a row, under missing = error.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file fasi.csv
phase_id,year,done,status,note
1.F2,2020,2020-07-10,,
#> stderr
$DIR/fasi.csv: 2 phases measured by indicators of kind phases have no verification for 2020: '1.F1' ($DIR/plan/phases.csv:2), '1.F3' ($DIR/plan/phases.csv:4) (add the rows, or set missing = zero in [scoring])
