# An indicator of kind phases is measured from the phases, not given.
#> copy fixtures/mini-phases .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,60%,,
1.2,2020,100%,,
2.1,2020,50,,
#> stderr
$DIR/verifiche.csv:3: indicator '1.2' is of kind phases: it is measured from the phase verification file (leave the row out, or set status neutralized, judgement or not_due)
