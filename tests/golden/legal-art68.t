# The individual pool below 30% of the variable resources: exit 5, no output.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/legal-art68 .
#> args run $DIR/run.ini --out $OUT
#> code 5
#> stderr
pegaso: legal check failed: individual pool 600.00 is below the 30% of variable resources 2000.01 (CCNL 21.5.2018 art. 68 c.3)
