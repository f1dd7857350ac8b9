# rules/soglia-proporzionale.ini end to end on the mini-pay plan, amounts
# worked by hand.  Plan: objective 1 (Affari generali) 87.5, objective 2
# (Polizia municipale) 50; ente 68.75.  2020 has 366 days.
#  1 Istruttori 1.12, 36.6 days MAL: t = 329.4/366 = 0.9; objective 1
#  2 Funzionari e EQ 1.20, part time 50: t = 0.5; objective 1
#  3 Operatori esperti 1.05, 60 days MAT (protected): t = 1; objectives
#    1 and 2: (87.5 + 50)/2 = 68.75
#  4 excluded (sanzione disciplinare): nothing in either pool
# Curve: 0 below 60, the score from 60 to 94, 100 from 95.
# [pool organizational], budget, max = parameter, residual = redistribute:
#  score = ente 50% + objectives 50%: 1 and 2: 34.375 + 43.75 = 78.125;
#  3: 34.375 + 34.375 = 68.75; factors the same.
#  Σ c·t = 1.008 + 0.6 + 1.05 = 2.658; unit = 1000.00/2.658 = 376.2227...
#  max = round2(unit × c): 1 421.37, 2 451.47, 3 395.03
#  gross = round2(max × t × f): 1 421.37 × 0.703125 = 296.2757 -> 296.28;
#   2 451.47 × 0.390625 = 176.3555 -> 176.36; 3 395.03 × 0.6875 =
#   271.5831 -> 271.58; Σ 744.22, economies 255.78
#  redistributed by points 0.7875, 0.46875, 0.721875 (Σ 1.978125):
#   25578 × p/Σ = 10182.711, 6061.137, 9334.152: floors 25577, the
#   leftover cent to 1 (.711): 101.83, 60.61, 93.34
#  totals 398.11, 236.97, 364.92 (Σ 1000.00)
# [pool individual], share: score = behaviour 50% + contribution 50%:
#  1: 95 -> 100; 2: 75 -> 75; 3: 55 -> 0, not eligible
#  points 1.12 × 0.9 × 1 = 1.008, 1.2 × 0.5 × 0.75 = 0.45 (Σ 1.458):
#  60000 × p/Σ = 41481.481, 18518.519: floors 59999, the leftover cent to
#  2 (.519): 414.81, 185.19.  Art. 69: N = 2, k = floor(10% × 2) = 0.
#> copy fixtures/mini-pay/plan plan
#> copy fixtures/mini-pay/verifiche.csv verifiche.csv
#> copy rules/soglia-proporzionale.ini rules.ini
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
organizational = 1000.00
individual = 600.00
variable_resources = 1600.00
#> file staff.csv
employee_id,area,position,sector,part_time,days_in_service,convention_share,excluded,excluded_reason
1,Istruttori,,Affari generali,100,366,100,no,
2,Funzionari e EQ,,Affari generali,50,366,100,no,
3,Operatori esperti,,Polizia municipale,100,366,100,no,
4,Operatori,,Polizia municipale,100,366,100,yes,sanzione disciplinare
#> file absences.csv
employee_id,cause,days
1,MAL,36.6
3,MAT,60
#> file assignments.csv
employee_id,objective_id,weight
1,1,1
2,1,1
3,1,1
3,2,1
4,2,1
#> file evaluations.csv
employee_id,component,score
1,behaviour,96
1,contribution,94
2,behaviour,80
2,contribution,70
3,behaviour,60
3,contribution,50
4,behaviour,99
4,contribution,99
#> args run $DIR/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> outfile payouts.csv
row_type,employee_id,position,pool,area,sector,eligible,reason,component_ente,component_sector,component_objectives,component_behaviour,component_contribution,score,factor,time_factor,parameter,convention_share,points,max_premium,gross,paid,redistributed,maggiorazione,total
position,1,,organizational,Istruttori,Affari generali,yes,,68.75,87.5,87.5,96,94,78.125,78.125,0.9,1.12,100,0.7875,421.37,296.28,296.28,101.83,,398.11
person,1,,organizational,,,yes,,,,,,,78.125,,,,,,,,296.28,101.83,0.00,398.11
position,1,,individual,Istruttori,Affari generali,yes,,68.75,87.5,87.5,96,94,95,100,0.9,1.12,100,1.008,,,414.81,0.00,,414.81
person,1,,individual,,,yes,,,,,,,95,,,,,,,,414.81,0.00,0.00,414.81
person_total,1,,,,,yes,,,,,,,,,,,,,,,,,,812.92
position,2,,organizational,Funzionari e EQ,Affari generali,yes,,68.75,87.5,87.5,80,70,78.125,78.125,0.5,1.2,100,0.46875,451.47,176.36,176.36,60.61,,236.97
person,2,,organizational,,,yes,,,,,,,78.125,,,,,,,,176.36,60.61,0.00,236.97
position,2,,individual,Funzionari e EQ,Affari generali,yes,,68.75,87.5,87.5,80,70,75,75,0.5,1.2,100,0.45,,,185.19,0.00,,185.19
person,2,,individual,,,yes,,,,,,,75,,,,,,,,185.19,0.00,0.00,185.19
person_total,2,,,,,yes,,,,,,,,,,,,,,,,,,422.16
position,3,,organizational,Operatori esperti,Polizia municipale,yes,,68.75,50,68.75,60,50,68.75,68.75,1,1.05,100,0.721875,395.03,271.58,271.58,93.34,,364.92
person,3,,organizational,,,yes,,,,,,,68.75,,,,,,,,271.58,93.34,0.00,364.92
position,3,,individual,Operatori esperti,Polizia municipale,no,below the first paying band (factor 0),68.75,50,68.75,60,50,55,0,1,1.05,100,,,,0.00,0.00,,0.00
person,3,,individual,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
person_total,3,,,,,yes,,,,,,,,,,,,,,,,,,364.92
position,4,,organizational,Operatori,Polizia municipale,no,excluded,68.75,50,50,99,99,,,,1,100,,,,0.00,0.00,,0.00
person,4,,organizational,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
position,4,,individual,Operatori,Polizia municipale,no,excluded,68.75,50,50,99,99,,,,1,100,,,,0.00,0.00,,0.00
person,4,,individual,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
person_total,4,,,,,no,,,,,,,,,,,,,,,,,,0.00
