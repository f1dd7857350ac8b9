# Managers paid base_amount x their objective's achievement from a pool
# of 1500.00: 750.00 + 500.00 at the measured values, but a draw whose
# achievements add up to more than 150 asks more than the pool.  The
# first such draw in draw order is reported, whatever the threads; no
# folder is written.
#> copy fixtures/mini-pay .
#> args simulate $DIR/run.ini --runs 400 --seed 5 --threads 2 --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,actual,actual_low,actual_high
1.1,40%,0%,80%
1.2,2020-06-30,,
2.1,50,0,100
#> file staff.csv
employee_id,area,sector,days_in_service,base_amount
1,Dirigenti,Affari generali,366,1000.00
2,Dirigenti,Polizia municipale,366,1000.00
#> file absences.csv
employee_id,cause,days
#> file assignments.csv
employee_id,objective_id
1,1
2,2
#> file evaluations.csv
employee_id,component,score
#> file rules.ini
[areas]
Dirigenti = 1
[absences]
reducing = MAL
[pool dirigenti]
group = managers
score = objectives:100
mode = budget
max = base_amount
[legal]
art68_c3 = off
funded = off
#> file run.ini
[run]
year = 2020
plan = plan
verification = verifiche.csv
staff = staff.csv
absences = absences.csv
assignments = assignments.csv
evaluations = evaluations.csv
rules = rules.ini
output = out
[fund]
dirigenti = 1500.00
#> stderr
$DIR/run.ini:12: draw 2 of 400 (seed 5): [pool dirigenti]: the premiums (1519.10, from the maximum premiums of $DIR/staff.csv) exceed the pool less the maggiorazione (1500.00)
