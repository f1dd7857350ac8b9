# A 2020 run whose rules list only the 2022 areas and map the legacy
# categories (as rules/soglia-proporzionale.ini does): staff.csv's C and
# D count as Istruttori and Funzionari e EQ, with the same parameters
# (1.12, 1.20), so every amount is the one of fixtures/mini-pay (payouts.csv
# below: the same as that run's but for the area names).
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-legacy-area-unmapped .
#> setup printf '\n[area_map]\nA = Operatori\nB = Operatori esperti\nC = Istruttori\nD = Funzionari e EQ\n' >>$DIR/rules.ini
#> args run $DIR/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
#> outfile payouts.csv
row_type,employee_id,position,pool,area,sector,eligible,reason,component_ente,component_sector,component_objectives,component_behaviour,component_contribution,score,factor,time_factor,parameter,convention_share,points,max_premium,gross,paid,redistributed,maggiorazione,total
position,1,,organizational,Istruttori,Affari generali,yes,,68.75,87.5,87.5,90,80,87.5,87.5,0.9,1.12,100,0.882,,,361.55,0.00,,361.55
person,1,,organizational,,,yes,,,,,,,87.5,,,,,,,,361.55,0.00,0.00,361.55
position,1,,individual,Istruttori,Affari generali,yes,,68.75,87.5,87.5,90,80,87,200,0.9,1.12,100,2.016,,,234.60,0.00,,234.60
person,1,,individual,,,yes,,,,,,,87,,,,,,,,234.60,0.00,0.00,234.60
person_total,1,,,,,yes,,,,,,,,,,,,,,,,,,596.15
position,2,,organizational,Funzionari e EQ,Affari generali,yes,,68.75,87.5,87.5,70,70,87.5,87.5,0.5,1.2,100,0.525,,,215.21,0.00,,215.21
person,2,,organizational,,,yes,,,,,,,87.5,,,,,,,,215.21,0.00,0.00,215.21
position,2,,individual,Funzionari e EQ,Affari generali,yes,,68.75,87.5,87.5,70,70,70,150,0.5,1.2,100,0.9,,,104.73,0.00,,104.73
person,2,,individual,,,yes,,,,,,,70,,,,,,,,104.73,0.00,0.00,104.73
person_total,2,,,,,yes,,,,,,,,,,,,,,,,,,319.94
position,3,,organizational,Operatori esperti,Polizia municipale,yes,,68.75,50,50,50,60,50,50,0.5,1.05,100,0.2625,,,107.60,0.00,,107.60
person,3,,organizational,,,yes,,,,,,,50,,,,,,,,107.60,0.00,0.00,107.60
position,3,,individual,Operatori esperti,Polizia municipale,no,score below threshold,68.75,50,50,50,60,53,0,0.5,1.05,100,,,,0.00,0.00,,0.00
person,3,,individual,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
person_total,3,,,,,yes,,,,,,,,,,,,,,,,,,107.60
position,4,a,organizational,Istruttori,Affari generali,yes,,68.75,87.5,68.75,85,85,68.75,68.75,0.546448087,1.12,100,0.42076502699,,,172.48,0.00,,172.48
position,4,b,organizational,Istruttori,Polizia municipale,yes,,68.75,50,68.75,85,85,68.75,68.75,0.453551913,1.12,100,0.34923497301,,,143.16,0.00,,143.16
person,4,,organizational,,,yes,,,,,,,68.75,,,,,,,,315.64,0.00,0.00,315.64
position,4,a,individual,Istruttori,Affari generali,yes,,68.75,87.5,68.75,85,85,85,200,0.546448087,1.12,100,1.22404371488,,,142.44,0.00,,142.44
position,4,b,individual,Istruttori,Polizia municipale,yes,,68.75,50,68.75,85,85,85,200,0.453551913,1.12,100,1.01595628512,,,118.23,0.00,,118.23
person,4,,individual,,,yes,,,,,,,85,,,,,,,,260.67,0.00,0.00,260.67
person_total,4,,,,,yes,,,,,,,,,,,,,,,,,,576.31
position,5,,organizational,Operatori,Polizia municipale,no,excluded,68.75,50,50,90,90,,,,1,100,,,,0.00,0.00,,0.00
person,5,,organizational,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
position,5,,individual,Operatori,Polizia municipale,no,excluded,68.75,50,50,90,90,,,,1,100,,,,0.00,0.00,,0.00
person,5,,individual,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
person_total,5,,,,,no,,,,,,,,,,,,,,,,,,0.00
