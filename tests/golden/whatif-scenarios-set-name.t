# The --set values make the scenario "set": a file may not reuse the name.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set fund.individual=700.00 --scenarios $DIR/s.ini --out $OUT
#> code 3
#> file s.ini
[set]
fund.individual = 800.00
#> stderr
$DIR/s.ini:1: scenario name 'set' is taken by the --set values; choose another
