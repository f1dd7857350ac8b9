# Syntax errors and duplicate keys, with their lines.
#> copy fixtures/mini .
#> copy fixtures/bad/runfile-syntax .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini:3: duplicate key 'year' in [run] (first at line 2)
$DIR/run.ini:4: expected '[section]', 'key = value' or a comment, found 'this is not ini'
