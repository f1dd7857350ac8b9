# Values of several scenarios: every bad one, at its line of the
# scenario file, with the message the rules or run file would give;
# scenario by scenario, the run file's ([fund]) before the rules'.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --scenarios $DIR/s.ini --out $OUT
#> code 3
#> file s.ini
[a]
pool individual.threshold = 6O
scoring.colour = blue
[b]
pool individual.residual = everywhere
fund.organizational = 1000.005
#> stderr
$DIR/s.ini:2: [pool individual] threshold = '6O': not a number
$DIR/s.ini:3: unknown key 'colour' in [scoring]
$DIR/s.ini:6: [fund] organizational = '1000.005': more than 2 decimal places (euros with a point and at most 2 decimals, e.g. 150000.00)
$DIR/s.ini:5: [pool individual] residual = 'everywhere': expected return, redistribute or redistribute_sector
