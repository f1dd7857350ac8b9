# One run file only.
#> args run a.ini b.ini
#> code 1
#> stderr
pegaso: run: unexpected argument 'b.ini'
(see pegaso help)
