# A folder that is not a run folder.
#> setup mkdir -p $DIR/a $DIR/b
#> args diff $DIR/a $DIR/b
#> code 4
#> stdout
#> stderr
$DIR/a/indicators.csv: cannot open: No such file or directory
