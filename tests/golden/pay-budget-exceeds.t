# Theoretical premiums above the pool.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file rules.ini
[scoring]
missing = error

[areas]
A = 1.00
B = 1.05
C = 1.12
D = 1.20

[absences]
reducing = MAL, ASP
protected = MAT, PAT, PAR, L104

[pool organizational]
basis = CCNL 21.5.2018 art. 68 c.2 lett. a
score = objectives:100
curve = linear
mode = share

[pool individual]
basis = CCNL 21.5.2018 art. 68 c.2 lett. b
score = behaviour:70, contribution:30
mode = budget
max = base_amount
#> file staff.csv
employee_id,area,sector,days_in_service,base_amount
1,C,Affari generali,366,500.00
2,C,Affari generali,366,500.00
#> file absences.csv
employee_id,cause,days
#> file assignments.csv
employee_id,objective_id
1,1
2,1
#> file evaluations.csv
employee_id,component,score
1,behaviour,90
1,contribution,90
2,behaviour,100
2,contribution,100
#> stderr
$DIR/staff.csv: [pool individual]: the premiums (950.00) exceed the pool less the maggiorazione (600.00)
