# A BOM at the start is fine.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 0
#> filex verifiche.csv
\xef\xbb\xbfindicator_id,year,actual,status,note\n1.1,2020,60%%,,\n1.2,2020,2020-06-30,,\n2.1,2020,50,,\n
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
