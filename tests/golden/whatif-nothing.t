# Without --set or --scenarios there is nothing to compare.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --out $OUT
#> code 1
#> stderr
pegaso: whatif: give --set SECTION.KEY=VALUE or --scenarios FILE
