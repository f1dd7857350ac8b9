# A phase of an objective the plan does not have.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/phases.csv
objective_id,phase_id,description,q1,q2,q3,q4
1,1.F1,Scansione,X,,,
9,9.F1,Altro,X,,,
#> stderr
$DIR/plan/phases.csv:3: objective_id '9': no such objective in objectives.csv
