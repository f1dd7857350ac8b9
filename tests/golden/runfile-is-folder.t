# A folder given as the run file.
#> args run $DIR/run.ini --out $OUT
#> code 4
#> setup mkdir $DIR/run.ini
#> stderr
$DIR/run.ini: is a directory, expected an INI file
