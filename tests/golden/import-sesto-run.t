# pegaso run works on an imported plan directly.  The plan is imported in
# setup; five verifications are given, the rest scores 0 (missing =
# zero) and unknown flags are left out of pay (unknown_incentivized).
#   objective 12: 12.1 count 100, actual 80 -> 80; 12.2 min 6, actual 6
#     -> 100; 12.3 min 6, actual 3 -> 50; 12.4 deadline 2020-12-31, done
#     2020-11-15 -> 100; mean (80 + 100 + 50 + 100) / 4 = 82.5
#   objective 7: 7.1 boolean yes -> 100, 7.2 missing -> 0; mean 50
#   objective 2: 2.1 qualitative, judgement 80 -> 80
#   objective 77: 77.1 700 of 700 -> 100, 77.2-77.4 missing; mean 25
#   ente: (82.5 + 50 + 80 + 25) / 82 objectives = 2.896341 -> 2.90%
#> setup $DIR/../../pegaso import fixtures/peg-sesto-2020/peg.txt --out $DIR/plan >/dev/null
#> file run.ini
[run]
year = 2020
plan = plan
verification = verifiche.csv
rules = rules.ini
output = out
#> file rules.ini
[scoring]
missing = zero
unknown_incentivized = no
#> file verifiche.csv
indicator_id,year,actual,status,note,evidence
12.1,2020,80,,,catalogo
12.2,2020,6,,,registro
12.3,2020,3,,,registro
12.4,2020,2020-11-15,,,determina
7.1,2020,si,,,bandi
2.1,2020,80,judgement,tempi rispettati secondo il nucleo,verbale
77.1,2020,700,,,registro contatti
#> args run $DIR/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  82 objectives, 226 indicators, ente achievement 2.90%
#> stderr
$DIR/plan/indicators.csv:221: warning: indicator '80.1': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
$DIR/plan/indicators.csv:222: warning: indicator '80.2': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
$DIR/plan/indicators.csv:223: warning: indicator '80.3': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
$DIR/plan/indicators.csv:224: warning: indicator '80.4': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
