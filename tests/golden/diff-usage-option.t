# An unknown option of diff.
#> args diff a b --run x
#> code 1
#> stdout
#> stderr
pegaso: diff: unknown option '--run'
(see pegaso help)
