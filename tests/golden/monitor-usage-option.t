# An unknown option.
#> args monitor fixtures/mini-phases/run.ini --at 2020-06-30 --when now
#> code 1
#> stderr
pegaso: monitor: unknown option '--when'
(see pegaso help)
