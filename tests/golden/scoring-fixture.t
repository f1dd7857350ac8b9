# The scoring fixture end to end: stdout, the warning, summary.txt.
#> args run fixtures/scoring/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  13 objectives, 25 indicators, ente achievement 68.28%
#> stderr
fixtures/scoring/plan/objectives.csv:13: warning: objective '12' has no indicator for 2020; it is left out of every mean
#> outfile sectors.csv
level,sector,objectives,objectives_scored,achievement,objectives_for_pay,achievement_for_pay
ente,,13,11,68.275463,9,66.805556
sector,Affari generali,5,5,68.541667,4,66
sector,Polizia municipale,4,3,77.5,3,77.5
sector,Risorse finanziarie,4,3,58.518519,2,52.777778
