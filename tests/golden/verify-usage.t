# verify needs the run folder.
#> args verify
#> code 1
#> stdout
#> stderr
pegaso: verify: the run folder is required
(see pegaso help)
