# diff needs two folders.
#> args diff a
#> code 1
#> stdout
#> stderr
pegaso: diff: two run folders are required
(see pegaso help)
