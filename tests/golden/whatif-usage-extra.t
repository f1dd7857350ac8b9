# One run file.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini $DIR/other.ini --set fund.individual=700.00
#> code 1
#> stderr
pegaso: whatif: unexpected argument '$DIR/other.ini'
(see pegaso help)
