# A folder given as the document.
#> args import $DIR --out $OUT
#> code 4
#> stderr
$DIR: cannot read: not a regular file
