# [legal] individual_pool naming no pool, with the art. 68 c.3 check at level error.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/legal-art68-no-pool .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:29: [legal] individual_pool = 'individuale' is not a pool: the art. 68 c.3 check (art68_c3 = error) cannot be made (name the individual pool, or set art68_c3 = warning or off)
