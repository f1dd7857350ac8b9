# monitor needs the run file.
#> args monitor --at 2020-06-30
#> code 1
#> stderr
pegaso: monitor: the run file is required
(see pegaso help)
