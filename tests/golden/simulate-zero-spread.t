# Nothing uncertain (--spread 0, no ranges): every draw is the run, so
# every statistic is the run's value (payouts.csv of pay-fixture: totals
# 596.15, 319.94, 107.60, 576.31, 0.00; objectives 87.5 and 50).
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --runs 50 --seed 1 --spread 0 --threads 2 --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
50 draws, seed 1: 0 uncertain indicators (0 with a range in the verification file, 0 within +-0% uniform)
objectives: 2 scored; 0 reach 100 in every draw, 2 in none, 0 in some
pool organizational: economies mean 0.00, P10 0.00, P50 0.00, P90 0.00
pool individual: economies mean 0.00, P10 0.00, P50 0.00, P90 0.00
employees: 0 of 5 have a total that varies
#> outfile employees.csv
employee_id,baseline,mean,p10,p50,p90,min,max,p_eligible,p_maggiorazione,mean_organizational,p_eligible_organizational,mean_individual,p_eligible_individual
1,596.15,596.15,596.15,596.15,596.15,596.15,596.15,1.0000,0.0000,361.55,1.0000,234.60,1.0000
2,319.94,319.94,319.94,319.94,319.94,319.94,319.94,1.0000,0.0000,215.21,1.0000,104.73,1.0000
3,107.60,107.60,107.60,107.60,107.60,107.60,107.60,1.0000,0.0000,107.60,1.0000,0.00,0.0000
4,576.31,576.31,576.31,576.31,576.31,576.31,576.31,1.0000,0.0000,315.64,1.0000,260.67,1.0000
5,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.0000,0.0000,0.00,0.0000,0.00,0.0000
#> outfile objectives.csv
objective_id,sector,counts_for_pay,status,uncertain_indicators,baseline,mean,p10,p50,p90,min,max,p_reach_100
1,Affari generali,yes,scored,0,87.5,87.5,87.5,87.5,87.5,87.5,87.5,0.0000
2,Polizia municipale,yes,scored,0,50,50,50,50,50,50,50,0.0000
#> outfile pools.csv
pool,amount,baseline_economies,mean,p10,p50,p90,min,max,p_economies
organizational,1000.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.0000
individual,600.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.0000
#> outfile indicators.csv
indicator_id,objective_id,kind,actual,low,high,distribution,source
