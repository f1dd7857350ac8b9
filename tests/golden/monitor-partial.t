# A partial phase verification file on 1 August 2020, in English: 1.F1
# (due 2020-03-31) has no row: 30 + 31 + 30 + 31 + 1 = 123 days overdue,
# a verification missing; 1.F2 (due 09-30) and 1.F3 are not due yet and
# not missing; 2.1's verified value is a partial reading before the year
# end.
#> copy fixtures/mini-phases .
#> file fasi.csv
phase_id,year,done,status,note
1.F3,2020,,not_done,
#> args monitor $DIR/run.ini --at 2020-08-01 --out $OUT --lang en
#> code 0
#> stdout
pegaso: wrote $OUT
  at 2020-08-01, 2 objectives: 0 behind schedule, 1 with verifications missing, 0 ahead, 1 on track, 0 not measurable
#> outfile phases.csv
phase_id,objective_id,sector,description,marks,due,done,verification,state,ahead,days_late,note
1.F1,1,Affari generali,Scansione,q1: X,2020-03-31,,,missing,no,123,
1.F2,1,Affari generali,Indicizzazione,q2: X; q3: X,2020-09-30,,,not_yet_due,no,,
1.F3,1,Affari generali,Pubblicazione,q4: Delibera G.C.,2020-12-31,,not_done,not_yet_due,no,,
#> outfile indicators.csv
indicator_id,objective_id,sector,kind,target,due,actual,verification,state,ahead,days_late,note
1.1,1,Affari generali,percent,80,2020-12-31,60,measured,not_yet_due,no,,
1.2,1,Affari generali,phases,100,2020-12-31,,,not_yet_due,no,,
2.1,2,Polizia municipale,count,100,2020-12-31,50,measured,not_yet_due,no,,
#> outfile sectors.csv
level,sector,objectives,behind,missing_verifications,ahead,on_track,not_measurable,trend,items,on_time,late,not_done,missing,not_yet_due,neutralized,items_ahead,phases_not_scheduled
ente,,2,0,1,0,1,0,missing_verifications,6,0,0,0,1,5,0,0,0
sector,Affari generali,1,0,1,0,0,0,missing_verifications,5,0,0,0,1,4,0,0,0
sector,Polizia municipale,1,0,0,0,1,0,on_track,1,0,0,0,0,1,0,0,0
#> outfile summary.txt
pegaso - plan monitoring

Ente: Comune minimo
Year: 2020
Monitoring date: 2020-08-01
Rules: rules.ini
Engine: pegaso VERSION

State of the plan at 2020-08-01
  Objectives: 2 (behind schedule 0, verifications missing 1, ahead of schedule 0, on track 1, not measurable 0)
  Indicators 2020: 3 (verified on time 0, done late 0, overdue 0, due without verification 0, not yet due 3, neutralized 0)
  Phases 2020: 3 (on time 0, late 0, not done 0, without verification 1, not yet due 2, neutralized 0)
  Phases not scheduled this year: 0

By settore
  Settore Affari generali: verifications missing; objectives 1 (behind schedule 0, verifications missing 1, ahead of schedule 0, on track 0, not measurable 0)
  Settore Polizia municipale: on track; objectives 1 (behind schedule 0, verifications missing 0, ahead of schedule 0, on track 1, not measurable 0)

What is missing (objectives behind schedule or with verifications missing)
  1 (Settore Affari generali), verifications missing: phase 1.F1 (due 2020-03-31) verification missing
