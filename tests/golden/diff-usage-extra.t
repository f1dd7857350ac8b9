# diff takes two folders.
#> args diff a b c
#> code 1
#> stdout
#> stderr
pegaso: diff: unexpected argument 'c'
(see pegaso help)
