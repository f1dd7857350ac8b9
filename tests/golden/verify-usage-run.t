# --run needs a file.
#> args verify out --run
#> code 1
#> stdout
#> stderr
pegaso: --run needs a run file
(see pegaso help)
