# An unknown option of verify.
#> args verify out --lang it
#> code 1
#> stdout
#> stderr
pegaso: verify: unknown option '--lang'
(see pegaso help)
