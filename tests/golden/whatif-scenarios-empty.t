# A scenario file without sections holds no scenario.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --scenarios $DIR/s.ini --out $OUT
#> code 3
#> file s.ini
; nothing yet
#> stderr
$DIR/s.ini: no scenario (expected one [name] section per scenario, with SECTION.KEY = VALUE lines)
