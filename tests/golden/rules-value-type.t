# Words and out-of-range numbers where numbers are expected, all reported.
#> copy fixtures/mini .
#> copy fixtures/bad/rules-value-type .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:2: [scoring] cap = 'cento': not a number
$DIR/rules.ini:3: [scoring] floor = '-1': out of range (0 to 100)
$DIR/rules.ini:5: [kind deadline] grace_days = '1.5': not a whole number (a whole number from 0 to 3660)
$DIR/rules.ini:6: [kind deadline] zero_after_days = '0': number out of range (a whole number from 1 to 3660)
$DIR/rules.ini:6: [kind deadline] zero_after_days only applies to function = deadline_linear or phases_linear
