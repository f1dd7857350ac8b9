# --set needs its item.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set
#> code 1
#> stderr
pegaso: --set needs SECTION.KEY=VALUE
(see pegaso help)
