# The demo's plan is exactly what pegaso import reads from the real PEG
# with the demo's corrections: the committed tables cannot drift from the
# importer.
#> args import fixtures/peg-sesto-2020/peg.txt --out $OUT --overrides fixtures/sesto-2020/overrides.csv
#> code 0
#> stdout
pegaso: wrote $OUT
  82 objectives, 236 indicators, 412 phases (plan year 2020)
  import-report.csv: 44 lines need a human, 220 notes, 75 corrections applied, 0 lines resolved by them
#> same objectives.csv fixtures/sesto-2020/plan/objectives.csv
#> same indicators.csv fixtures/sesto-2020/plan/indicators.csv
#> same phases.csv fixtures/sesto-2020/plan/phases.csv
