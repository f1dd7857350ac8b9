# An existing output folder is replaced only with --force.
#> args import fixtures/import-small/peg.txt --out $OUT
#> setup mkdir -p $OUT
#> code 4
#> stderr
$OUT: output folder exists (use --force to replace it)
