# With --force the folder is replaced whole: nothing of the old one is left.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT --force
#> code 0
#> setup mkdir -p $OUT && echo old > $OUT/stale.txt
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
#> outfile sectors.csv
level,sector,objectives,objectives_scored,achievement,objectives_for_pay,achievement_for_pay
ente,,2,2,68.75,1,87.5
sector,Affari generali,1,1,87.5,1,87.5
sector,Polizia municipale,1,1,50,0,
