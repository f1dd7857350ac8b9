# verify takes one folder.
#> args verify a b
#> code 1
#> stdout
#> stderr
pegaso: verify: unexpected argument 'b'
(see pegaso help)
