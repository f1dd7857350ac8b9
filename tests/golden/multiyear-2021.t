# A multi-year objective in its second year: multiyear.csv shows 2020
# scored again from the rows the 2021 files carry (as in the 2020 run:
# (80 + 83.333333)/2 = 81.666667) and 2021: 1.1 210 of 200 capped at
# 100, 1.3 on time 100, 1.4 one phase of two on time 50; (100 + 100 +
# 50)/3 = 83.333333 (tests/test_multiyear.c works them out).
#> args run fixtures/multiyear/run-2021.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 83.33%
#> stderr
fixtures/multiyear/plan/objectives.csv:3: warning: objective '2' has no indicator for 2021; it is left out of every mean
#> outfile multiyear.csv
objective_id,sector,duration,year,period,level,indicator_id,kind,target,actual,status,score,indicators,verified,target_raw
1,Servizi idrici,Pluriennale (2020-2021),2020,before,objective,,,,,scored,81.666667,2,2,
1,Servizi idrici,Pluriennale (2020-2021),2020,before,indicator,1.1,count,100,80,measured,80,,,100 utenze nel 2020
1,Servizi idrici,Pluriennale (2020-2021),2020,before,indicator,1.2,deadline,2020-09-30,2020-10-15,measured,83.333333,,,entro il 30/09/2020
1,Servizi idrici,Pluriennale (2020-2021),2021,run_year,objective,,,,,scored,83.333333,3,3,
1,Servizi idrici,Pluriennale (2020-2021),2021,run_year,indicator,1.1,count,200,210,measured,100,,,200 utenze nel 2021
1,Servizi idrici,Pluriennale (2020-2021),2021,run_year,indicator,1.3,deadline,2021-06-30,2021-06-30,measured,100,,,entro il 30/06/2021
1,Servizi idrici,Pluriennale (2020-2021),2021,run_year,indicator,1.4,phases,100,50,measured,50,,,100%
