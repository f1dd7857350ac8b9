# The run file is required.
#> copy fixtures/mini-pay .
#> args whatif --set fund.individual=700.00
#> code 1
#> stderr
pegaso: whatif: the run file is required
(see pegaso help)
