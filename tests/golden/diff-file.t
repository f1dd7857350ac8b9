# A file where a run folder is expected.
#> setup mkdir -p $DIR/b && echo x > $DIR/a
#> args diff $DIR/a $DIR/b
#> code 4
#> stdout
#> stderr
$DIR/a: not a run folder
