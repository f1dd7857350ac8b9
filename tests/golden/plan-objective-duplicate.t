# An objective id given twice: the second row is named, with the first.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file plan/objectives.csv
objective_id,year,sector,title,incentivized,weight
1,2020,Affari generali,Archivio digitale,yes,1
2,2020,Polizia municipale,Controlli,no,1
1,2020,Altro,Doppione,yes,1
#> stderr
$DIR/plan/objectives.csv:4: objective '1' appears twice (first at line 2)
