# A key given twice with --set is an error, as in a file.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set fund.individual=700.00 fund.individual=800.00 --out $OUT
#> code 1
#> stderr
pegaso: --set 'fund.individual=800.00': fund.individual is given twice
