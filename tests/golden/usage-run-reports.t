# --reports takes auto, always or never.
#> args run x.ini --reports some
#> code 1
#> stderr
pegaso: --reports needs auto, always or never
(see pegaso help)
