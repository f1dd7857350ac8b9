# The document cannot be read: exit 4.
#> args import $DIR/nothere.txt --out $OUT
#> code 4
#> stderr
$DIR/nothere.txt: cannot read: No such file or directory
