# A folder that does not exist.
#> args diff $DIR/a $DIR/b
#> code 4
#> stdout
#> stderr
$DIR/a: cannot open: No such file or directory
