# The art. 68 c.3 check at level error without the variable resources in [fund]: it cannot be made, the run stops.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/legal-art68-no-variable .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini: [fund] has no 'variable_resources', the variable resources the art. 68 c.3 check needs ($DIR/rules.ini: [legal] art68_c3 = error; set it to warning or off to run without the check)
