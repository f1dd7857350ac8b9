# A phase id given twice.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/phases.csv
objective_id,phase_id,description,q1,q2,q3,q4
1,1.F1,Scansione,X,,,
1,1.F2,Indicizzazione,,X,,
1,1.F1,Pubblicazione,,,,X
#> stderr
$DIR/plan/phases.csv:4: phase '1.F1' appears twice (first at line 2)
