# A scenario changes rules and fund amounts; the inputs of [run] stay.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set run.year=2021 --out $OUT
#> code 3
#> stderr
--set: run.year: a scenario changes the rules and the [fund] amounts, not [run] (write another run file)
