# No pool of the default name individual, with the art. 68 c.3 check at level error.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/legal-art68-pool-missing .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini: no [pool individual], the individual pool of the art. 68 c.3 check (art68_c3 = error): name it in [legal] individual_pool, or set art68_c3 = warning or off
