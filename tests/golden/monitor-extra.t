# One run file only.
#> args monitor fixtures/mini-phases/run.ini other.ini --at 2020-06-30
#> code 1
#> stderr
pegaso: monitor: unexpected argument 'other.ini'
(see pegaso help)
