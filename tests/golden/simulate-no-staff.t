# Without staff only the plan is simulated: objectives, no payouts.
# 2.1 (count 50 of 100, score 50) within +-10%: 45 to 55, never 100.
#> copy fixtures/mini .
#> args simulate $DIR/run.ini --runs 20 --seed 3 --spread 10 --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
20 draws, seed 3: 2 uncertain indicators (0 with a range in the verification file, 2 within +-10% uniform)
objectives: 2 scored; 0 reach 100 in every draw, 2 in none, 0 in some
#> outfile employees.csv
employee_id,baseline,mean,p10,p50,p90,min,max,p_eligible,p_maggiorazione
#> outfile pools.csv
pool,amount,baseline_economies,mean,p10,p50,p90,min,max,p_economies
