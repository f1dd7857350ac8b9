# Ranges from the verification file and a spread for the rest: which
# value varies how (indicators.csv: 1.1 and 1.2 from the file, 2.1 within
# +-10% of 50), and the draws of seed 42 (the bytes must not change: the
# same seed gives the same results, on any number of threads).
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --runs 1000 --seed 42 --spread 10 --distribution triangular --threads 3 --out $OUT
#> code 0
#> file verifiche.csv
indicator_id,year,actual,status,note,actual_low,actual_high,distribution
1.1,2020,60%,,,40%,95%,normal
1.2,2020,2020-06-30,,,2020-06-10,2020-08-15,
2.1,2020,50,,,,,
#> stdout
pegaso: wrote $OUT
1000 draws, seed 42: 3 uncertain indicators (2 with a range in the verification file, 1 within +-10% triangular)
objectives: 2 scored; 0 reach 100 in every draw, 1 in none, 1 in some
pool organizational: economies mean 0.00, P10 0.00, P50 0.00, P90 0.00
pool individual: economies mean 0.00, P10 0.00, P50 0.00, P90 0.00
employees: 4 of 5 have a total that varies
#> outfile employees.csv
employee_id,baseline,mean,p10,p50,p90,min,max,p_eligible,p_maggiorazione,mean_organizational,p_eligible_organizational,mean_individual,p_eligible_individual
1,596.15,538.12,494.05,523.67,598.60,465.84,612.90,1.0000,0.0000,303.52,1.0000,234.60,1.0000
2,319.94,285.40,259.16,276.80,321.39,242.37,329.91,1.0000,0.0000,180.67,1.0000,104.73,1.0000
3,107.60,168.00,105.06,183.04,213.86,90.17,243.22,1.0000,0.0000,168.00,1.0000,0.00,0.0000
4,576.31,608.49,574.95,616.51,632.93,567.02,648.57,1.0000,0.0000,347.82,1.0000,260.67,1.0000
5,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.0000,0.0000,0.00,0.0000,0.00,0.0000
#> outfile objectives.csv
objective_id,sector,counts_for_pay,status,uncertain_indicators,baseline,mean,p10,p50,p90,min,max,p_reach_100
1,Affari generali,yes,scored,2,87.5,52.99927,31.470127,40.909865,90.567733,25.016168,100,0.0060
2,Polizia municipale,yes,scored,1,50,49.963063,47.208289,49.981047,52.594423,45.15606,54.673967,0.0000
#> outfile indicators.csv
indicator_id,objective_id,kind,actual,low,high,distribution,source
1.1,1,percent,60,40,95,normal,verification
1.2,1,deadline,2020-06-30,2020-06-10,2020-08-15,uniform,verification
2.1,2,count,50,45,55,triangular,spread
#> outfile parameters.csv
parameter,value
runs,1000
seed,42
spread_percent,10
spread_distribution,triangular
uncertain_indicators,3
with_a_range,2
generator,gsl_rng_mt19937; draw d (from 0) seeded with 1 + (splitmix64(seed) + d) mod (2^32 - 1)
quantiles,"gsl_stats_quantile_from_sorted_data, rounded to the cent (achievements: to 6 decimals)"
