# Doubling the organizational pool of mini-pay.  Its 200000 cents split
# by the points of payouts.csv (0.882, 0.525, 0.2625, 0.420765026990 +
# 0.349234973010; sum 2.4395), largest remainder: 72310, 43041, 21521,
# 34496 + 28632 cents; with the individual pool unchanged (234.60, 104.73,
# 0, 260.67): 957.70, 535.14, 215.21, 891.95.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set fund.organizational=2000.00 --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
baseline: 5 employees, 2 pools
  pool                   amount           paid  maggiorazione      economies  payees
  organizational        1000.00        1000.00           0.00           0.00       4
  individual             600.00         600.00           0.00           0.00       3

scenario set: fund.organizational = 2000.00
  pool                   amount           paid  maggiorazione      economies  payees
  organizational        2000.00        2000.00           0.00           0.00       4
    change             +1000.00       +1000.00          +0.00          +0.00      +0
  individual             600.00         600.00           0.00           0.00       3
    change                +0.00          +0.00          +0.00          +0.00      +0
  employees whose amount changes: 4 of 5
    employee               baseline       scenario         change
    1                        596.15         957.70        +361.55
    2                        319.94         535.14        +215.20
    3                        107.60         215.21        +107.61
    4                        576.31         891.95        +315.64
#> outfile pools.csv
scenario,pool,amount,paid,redistributed,maggiorazione,economies,eligible_positions,positively_evaluated,payees,delta_amount,delta_paid,delta_redistributed,delta_maggiorazione,delta_economies,delta_payees
baseline,organizational,1000.00,1000.00,0.00,0.00,0.00,5,4,4,0.00,0.00,0.00,0.00,0.00,0
baseline,individual,600.00,600.00,0.00,0.00,0.00,4,3,3,0.00,0.00,0.00,0.00,0.00,0
set,organizational,2000.00,2000.00,0.00,0.00,0.00,5,4,4,1000.00,1000.00,0.00,0.00,0.00,0
set,individual,600.00,600.00,0.00,0.00,0.00,4,3,3,0.00,0.00,0.00,0.00,0.00,0
#> outfile scenarios.csv
scenario,section,key,value,source
set,fund,organizational,2000.00,command line
