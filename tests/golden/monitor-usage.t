# monitor needs the date.
#> args monitor fixtures/mini-phases/run.ini
#> code 1
#> stderr
pegaso: monitor: --at DATE is required
(see pegaso help)
