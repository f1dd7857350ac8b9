# run needs the run file.
#> args run
#> code 1
#> stderr
pegaso: run: the run file is required
(see pegaso help)
