# A scenario that a legal check refuses is still computed: HR sees it,
# with the failed check as a warning (the run itself would stop, exit 5).
# Individual pool 100.00 < 30% of 1600.00 = 480.00.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set fund.individual=100.00 --out $OUT
#> code 0
#> stderr
pegaso: warning: scenario 'set': legal check failed: individual pool 100.00 is below the 30% of variable resources 1600.00 (CCNL 21.5.2018 art. 68 c.3)
#> stdout
pegaso: wrote $OUT
baseline: 5 employees, 2 pools
  pool                   amount           paid  maggiorazione      economies  payees
  organizational        1000.00        1000.00           0.00           0.00       4
  individual             600.00         600.00           0.00           0.00       3

scenario set: fund.individual = 100.00
  pool                   amount           paid  maggiorazione      economies  payees
  organizational        1000.00        1000.00           0.00           0.00       4
    change                +0.00          +0.00          +0.00          +0.00      +0
  individual             100.00         100.00           0.00           0.00       3
    change              -500.00        -500.00          +0.00          +0.00      +0
  employees whose amount changes: 3 of 5
    employee               baseline       scenario         change
    1                        596.15         400.65        -195.50
    2                        319.94         232.67         -87.27
    4                        576.31         359.08        -217.23
#> outfile scenarios.csv
scenario,section,key,value,source
set,fund,individual,100.00,command line
