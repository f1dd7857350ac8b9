# A scenario file: one section per scenario.  "soglia" raises the
# individual pool's threshold to 71: employee 2 (score 70) leaves it, and
# its 60000 cents go by points to 1 (2.016) and 4 (1.224043714880 +
# 1.015956285120; sum 4.256), largest remainder: 28421, 17256 + 14323.
# With the organizational pool unchanged (361.55, 315.64): 645.76 and
# 631.43.  "vuoto" changes nothing.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --scenarios $DIR/scenari.ini --out $OUT
#> code 0
#> file scenari.ini
; scenarios of the mini fixture
[soglia]
pool individual.threshold = 71
[vuoto]
#> stdout
pegaso: wrote $OUT
baseline: 5 employees, 2 pools
  pool                   amount           paid  maggiorazione      economies  payees
  organizational        1000.00        1000.00           0.00           0.00       4
  individual             600.00         600.00           0.00           0.00       3

scenario soglia: pool individual.threshold = 71
  pool                   amount           paid  maggiorazione      economies  payees
  organizational        1000.00        1000.00           0.00           0.00       4
    change                +0.00          +0.00          +0.00          +0.00      +0
  individual             600.00         600.00           0.00           0.00       2
    change                +0.00          +0.00          +0.00          +0.00      -1
  employees whose amount changes: 3 of 5
    employee               baseline       scenario         change
    1                        596.15         645.76         +49.61
    2                        319.94         215.21        -104.73
    4                        576.31         631.43         +55.12

scenario vuoto: no change
  pool                   amount           paid  maggiorazione      economies  payees
  organizational        1000.00        1000.00           0.00           0.00       4
    change                +0.00          +0.00          +0.00          +0.00      +0
  individual             600.00         600.00           0.00           0.00       3
    change                +0.00          +0.00          +0.00          +0.00      +0
  employees whose amount changes: 0 of 5
#> outfile scenarios.csv
scenario,section,key,value,source
soglia,pool individual,threshold,71,scenari.ini:3
vuoto,,,,
