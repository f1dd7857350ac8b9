# The smallest run with a schedule: 1.2 of kind phases measures the three
# phases of objective 1 (1.F1 due 2020-03-31 done 03-15, 1.F2 due
# 2020-09-30 done 07-10, 1.F3 "Delibera G.C." in q4 not done): 2 of 3 on
# time = 66.666667; objective 1 (75 + 66.666667)/2 = 70.833334.
#> args run fixtures/mini-phases/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 60.42%
#> outfile phases.csv
phase_id,objective_id,sector,phase_sector,description,year,marks,due,done,verification,state,days_late,score,note
1.F1,1,Affari generali,,Scansione,2020,q1: X,2020-03-31,2020-03-15,done,on_time,,100,
1.F2,1,Affari generali,,Indicizzazione,2020,q2: X; q3: X,2020-09-30,2020-07-10,done,on_time,,100,
1.F3,1,Affari generali,,Pubblicazione,2020,q4: Delibera G.C.,2020-12-31,,not_done,not_done,,0,
