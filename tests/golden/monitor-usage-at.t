# --at with nothing after it.
#> args monitor fixtures/mini-phases/run.ini --at
#> code 1
#> stderr
pegaso: --at needs a date
(see pegaso help)
