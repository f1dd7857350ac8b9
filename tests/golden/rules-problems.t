# A rules file with several problems: all reported, by line.
#> copy fixtures/mini .
#> copy fixtures/bad/rules-problems .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:2: [scoring] missing = 'maybe': expected error or zero
$DIR/rules.ini:3: [scoring] cap = '90': out of range (100 to 1000)
$DIR/rules.ini:6: [kind count] points = '0:0, 100:50, 90:100': point 3: x must not decrease
$DIR/rules.ini:8: [kind boolean] function = ratio cannot score kind boolean
$DIR/rules.ini:9: unknown section [objectives] (expected [scoring], [kind NAME], [objective], [areas], [area_map], [absences], [pool NAME], [legal] or [transparency])
