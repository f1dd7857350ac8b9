# A rules file with a NUL byte (a binary file, or UTF-16): the line and
# column are named, not iniparser's "input line too long".
#> copy fixtures/mini .
#> copy fixtures/bad/rules-nul .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:4: NUL byte at column 8 (is the file UTF-16 or binary?)
