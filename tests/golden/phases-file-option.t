# [run] phases names the schedule; a phases.csv in the plan folder is
# then not read (here it would fail).
#> copy fixtures/mini-phases .
#> setup mv $DIR/plan/phases.csv $DIR/tempi.csv && echo 'broken' > $DIR/plan/phases.csv
#> args run $DIR/run.ini --out $OUT
#> file run.ini
[run]
year = 2020
plan = plan
phases = tempi.csv
verification = verifiche.csv
phase_verification = fasi.csv
rules = rules.ini
output = out
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 60.42%
