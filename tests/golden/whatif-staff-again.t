# A scenario changing [absences] reads the absences again under its rules: MAL is now unknown.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set absences.reducing=ASP --out $OUT
#> code 2
#> stderr
$DIR/absences.csv:2: scenario 'set': cause 'MAL': unknown cause (not listed as reducing or protected in [absences] of the rules)
