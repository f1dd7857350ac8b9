# iniparser would keep the last of two keys silently; pegaso refuses.
#> copy fixtures/mini .
#> copy fixtures/bad/rules-duplicate-key .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:4: duplicate key 'missing' in [scoring] (first at line 2)
