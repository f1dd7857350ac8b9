# rules/dirigenti.ini end to end on the mini-pay plan, amounts worked by
# hand: paid = base × days/366 × score/100 × convention share; part time
# and absences do not reduce it.  Plan: objective 1 (Affari generali)
# 87.5, objective 2 (Polizia municipale) 50.
#  m1 base 10000.00, 366 days, 30 days MAL (not counted): objective 1;
#     score 60% × 87.5 + 40% × 90 = 88.5: 10000.00 × 1 × 0.885 = 8850.00
#  m2 base 12000.00, 183 days, part time 50 (not counted), 10 days ASP
#     (not counted), convention 50%; no assignment: objectives from the
#     settore, 50: score 30 + 32 = 62; gross 12000.00 × 183/366 × 0.62 =
#     3720.00, paid 3720.00 × 50% = 1860.00
#  m3 objective 2: 30 + 24 = 54, below the threshold 60: nothing
#  pool 25000.00: paid 10710.00, economies returned 14290.00
#> copy fixtures/mini-pay/plan plan
#> copy fixtures/mini-pay/verifiche.csv verifiche.csv
#> copy rules/dirigenti.ini rules.ini
#> file run.ini
[run]
ente = Comune minimo
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
dirigenti = 25000.00
#> file staff.csv
employee_id,area,position,sector,part_time,days_in_service,convention_share,base_amount,excluded,excluded_reason
m1,Dirigenti,,Affari generali,100,366,100,10000.00,no,
m2,Dirigenti,,Polizia municipale,50,183,50,12000.00,no,
m3,Dirigenti,,Affari generali,100,366,100,9000.00,no,
#> file absences.csv
employee_id,cause,days
m1,MAL,30
m2,ASP,10
#> file assignments.csv
employee_id,objective_id,weight
m1,1,1
m3,2,1
#> file evaluations.csv
employee_id,component,score
m1,behaviour,90
m2,behaviour,80
m3,behaviour,60
#> args run $DIR/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> outfile payouts.csv
row_type,employee_id,position,pool,area,sector,eligible,reason,component_ente,component_sector,component_objectives,component_behaviour,score,factor,time_factor,parameter,convention_share,points,max_premium,gross,paid,redistributed,maggiorazione,total
position,m1,,dirigenti,Dirigenti,Affari generali,yes,,68.75,87.5,87.5,90,88.5,88.5,1,1,100,0.885,10000.00,8850.00,8850.00,0.00,,8850.00
person,m1,,dirigenti,,,yes,,,,,,88.5,,,,,,,,8850.00,0.00,0.00,8850.00
person_total,m1,,,,,yes,,,,,,,,,,,,,,,,,8850.00
position,m2,,dirigenti,Dirigenti,Polizia municipale,yes,,68.75,50,,80,62,62,0.5,1,50,0.155,12000.00,3720.00,1860.00,0.00,,1860.00
person,m2,,dirigenti,,,yes,,,,,,62,,,,,,,,1860.00,0.00,0.00,1860.00
person_total,m2,,,,,yes,,,,,,,,,,,,,,,,,1860.00
position,m3,,dirigenti,Dirigenti,Affari generali,no,score below threshold,68.75,87.5,50,60,54,54,1,1,100,,,,0.00,0.00,,0.00
person,m3,,dirigenti,,,no,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
person_total,m3,,,,,no,,,,,,,,,,,,,,,,,0.00
