# A file called manifest that is not one.
#> copy fixtures/mini-pay .
#> setup mkdir -p $OUT && echo 'hello world' > $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:1: not a pegaso manifest (the first line should be 'pegaso-manifest 1')
