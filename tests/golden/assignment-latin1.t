# An assignments file in Latin-1.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/assignment-latin1 .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/assignments.csv:1: warning: unknown column 'note' ignored
$DIR/assignments.csv:2: invalid UTF-8 (byte 0xE0 at column 12); re-save the file as UTF-8, or set encoding = windows-1252 in the run file
