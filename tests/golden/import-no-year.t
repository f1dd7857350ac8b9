# No verification column names a year: the plan year must be given.
#> copy fixtures/bad/import-no-year .
#> args import $DIR/peg.txt --out $OUT
#> code 2
#> stderr
$DIR/peg.txt: cannot tell the plan year: no verification column names a year (give it with --year)
