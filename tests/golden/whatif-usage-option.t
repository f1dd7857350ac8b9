# Options are checked.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --sett fund.individual=700.00
#> code 1
#> stderr
pegaso: whatif: unknown option '--sett'
(see pegaso help)
