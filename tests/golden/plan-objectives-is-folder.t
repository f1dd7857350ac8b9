# A folder where objectives.csv should be.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> setup rm $DIR/plan/objectives.csv && mkdir $DIR/plan/objectives.csv
#> stderr
$DIR/plan/objectives.csv: is a directory, expected a CSV file
