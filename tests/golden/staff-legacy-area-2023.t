# Legacy categories in a 2023 run need [area_map].
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file run.ini
; The smallest complete distribution: base of the golden pay cases.
[run]
ente = Comune minimo
year = 2023
plan = plan
verification = verifiche.csv
staff = staff.csv
absences = absences.csv
assignments = assignments.csv
evaluations = evaluations.csv
rules = rules.ini
output = out

[fund]
organizational = 1000.00
individual = 600.00
variable_resources = 1600.00
#> file plan/objectives.csv
objective_id,year,sector,title,incentivized,weight
1,2023,Affari generali,Archivio,yes,1
#> file plan/indicators.csv
objective_id,indicator_id,year,kind,target
1,1.1,2023,percent,80
#> file verifiche.csv
indicator_id,year,actual
1.1,2023,60
#> stderr
$DIR/staff.csv:2: area 'C': a legacy category in a run for 2023 or later: map it to an area of CCNL 2022 in [area_map] of the rules
