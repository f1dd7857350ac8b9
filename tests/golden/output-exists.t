# An existing output folder is kept unless --force.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 4
#> setup mkdir -p $OUT && echo keep > $OUT/mine.txt
#> stderr
$OUT: output folder exists (use --force to replace it)
