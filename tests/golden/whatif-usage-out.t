# --out needs its folder.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set fund.individual=700.00 --out
#> code 1
#> stderr
pegaso: --out needs a folder
(see pegaso help)
