# iniparser would keep the last of two keys silently; pegaso refuses.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> file rules.ini
[scoring]
missing = error
cap = 100
missing = zero
#> stderr
$DIR/rules.ini:4: duplicate key 'missing' in [scoring] (first at line 2)
