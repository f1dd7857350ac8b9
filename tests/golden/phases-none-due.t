# An indicator of kind phases whose objective has no phase due this year.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/phases.csv
objective_id,phase_id,description,q1,q2,q3,q4,other
1,1.F1,Scansione,,,,,2021: X
1,1.F2,Indicizzazione,,,,,Fase pluriennale
#> file fasi.csv
phase_id,year,done,status,note
#> stderr
$DIR/plan/indicators.csv:3: indicator '1.2' is of kind phases, but objective '1' has no phase due in 2020 (mark the quarters of its phases in phases.csv)
