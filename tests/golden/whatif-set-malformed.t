# A --set item names its section: SECTION.KEY=VALUE.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set threshold=65 --out $OUT
#> code 1
#> stderr
pegaso: --set 'threshold=65': expected SECTION.KEY=VALUE (e.g. 'pool individual.threshold=65')
