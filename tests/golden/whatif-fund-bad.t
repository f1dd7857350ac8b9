# Fund amounts from --set are read like the run file's: euros with a point.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set fund.individual=700,00 --out $OUT
#> code 3
#> stderr
--set: [fund] individual = '700,00': a decimal comma in a decimal-point file (write 1.5, not 1,5) (euros with a point and at most 2 decimals, e.g. 150000.00)
