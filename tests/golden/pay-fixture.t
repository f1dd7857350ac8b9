# The pay fixture end to end: every output of the distribution.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
#> outfile payouts.csv
row_type,employee_id,position,pool,area,sector,eligible,reason,component_ente,component_sector,component_objectives,component_behaviour,component_contribution,score,factor,time_factor,parameter,convention_share,points,max_premium,gross,paid,redistributed,maggiorazione,total
position,1,,organizational,C,Affari generali,yes,,68.75,87.5,87.5,90,80,87.5,87.5,0.9,1.12,100,0.882,,,361.55,0.00,,361.55
person,1,,organizational,,,yes,,,,,,,87.5,,,,,,,,361.55,0.00,0.00,361.55
position,1,,individual,C,Affari generali,yes,,68.75,87.5,87.5,90,80,87,200,0.9,1.12,100,2.016,,,234.60,0.00,,234.60
person,1,,individual,,,yes,,,,,,,87,,,,,,,,234.60,0.00,0.00,234.60
person_total,1,,,,,yes,,,,,,,,,,,,,,,,,,596.15
position,2,,organizational,D,Affari generali,yes,,68.75,87.5,87.5,70,70,87.5,87.5,0.5,1.2,100,0.525,,,215.21,0.00,,215.21
person,2,,organizational,,,yes,,,,,,,87.5,,,,,,,,215.21,0.00,0.00,215.21
position,2,,individual,D,Affari generali,yes,,68.75,87.5,87.5,70,70,70,150,0.5,1.2,100,0.9,,,104.73,0.00,,104.73
person,2,,individual,,,yes,,,,,,,70,,,,,,,,104.73,0.00,0.00,104.73
person_total,2,,,,,yes,,,,,,,,,,,,,,,,,,319.94
position,3,,organizational,B,Polizia municipale,yes,,68.75,50,50,50,60,50,50,0.5,1.05,100,0.2625,,,107.60,0.00,,107.60
person,3,,organizational,,,yes,,,,,,,50,,,,,,,,107.60,0.00,0.00,107.60
position,3,,individual,B,Polizia municipale,no,score below threshold,68.75,50,50,50,60,53,0,0.5,1.05,100,,,,0.00,0.00,,0.00
person,3,,individual,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
person_total,3,,,,,yes,,,,,,,,,,,,,,,,,,107.60
position,4,a,organizational,C,Affari generali,yes,,68.75,87.5,68.75,85,85,68.75,68.75,0.546448087,1.12,100,0.42076502699,,,172.48,0.00,,172.48
position,4,b,organizational,C,Polizia municipale,yes,,68.75,50,68.75,85,85,68.75,68.75,0.453551913,1.12,100,0.34923497301,,,143.16,0.00,,143.16
person,4,,organizational,,,yes,,,,,,,68.75,,,,,,,,315.64,0.00,0.00,315.64
position,4,a,individual,C,Affari generali,yes,,68.75,87.5,68.75,85,85,85,200,0.546448087,1.12,100,1.22404371488,,,142.44,0.00,,142.44
position,4,b,individual,C,Polizia municipale,yes,,68.75,50,68.75,85,85,85,200,0.453551913,1.12,100,1.01595628512,,,118.23,0.00,,118.23
person,4,,individual,,,yes,,,,,,,85,,,,,,,,260.67,0.00,0.00,260.67
person_total,4,,,,,yes,,,,,,,,,,,,,,,,,,576.31
position,5,,organizational,A,Polizia municipale,no,excluded,68.75,50,50,90,90,,,,1,100,,,,0.00,0.00,,0.00
person,5,,organizational,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
position,5,,individual,A,Polizia municipale,no,excluded,68.75,50,50,90,90,,,,1,100,,,,0.00,0.00,,0.00
person,5,,individual,,,no,,,,,,,,,,,,,,,0.00,0.00,0.00,0.00
person_total,5,,,,,no,,,,,,,,,,,,,,,,,,0.00
#> outfile transparency.csv
group,area,measure,value
staff,,allocated,1600.00
staff,,distributed,1600.00
staff,,economies,0.00
staff,,persons,5
staff,,payees,4
staff,,average_achievable,320.00
staff,,average_paid,400.00
staff,,payees_ge_90pct_of_max,2
staff,,payees_ge_90pct_of_max_percent,50.00
staff,,payees_60_90pct_of_max,0
staff,,payees_60_90pct_of_max_percent,0.00
staff,,payees_lt_60pct_of_max,2
staff,,payees_lt_60pct_of_max_percent,50.00
staff,,gini,0.2691
staff,A,persons,1
staff,A,payees,0
staff,A,distributed,<3
staff,A,average_paid,<3
staff,B,persons,1
staff,B,payees,1
staff,B,distributed,<3
staff,B,average_paid,<3
staff,C,persons,2
staff,C,payees,2
staff,C,distributed,<3
staff,C,average_paid,<3
staff,D,persons,1
staff,D,payees,1
staff,D,distributed,<3
staff,D,average_paid,<3
