# reports = auto (the default) leaves report.html and report.xlsx out of a
# run with more than 20000 positions; summary.txt says so, the manifest
# records it, and verify reproduces the run without them (10 files).
# Not under valgrind: a synthetic year of 21003 positions.
#> nowrap
#> setup $(dirname $BIN)/gendata synth --objectives 40 --positions 21000 --seed 1 --out $DIR/y >/dev/null && $BIN run $DIR/y/run.ini --out $OUT >/dev/null 2>&1
#> setup grep -q "^Rapporti: report.html e report.xlsx non scritti per le dimensioni dell'esecuzione (21003 posizioni, 40 obiettivi;" $OUT/summary.txt && test ! -e $OUT/report.html && test ! -e $OUT/report.xlsx
#> args verify $OUT --run $DIR/y/run.ini
#> code 0
#> stdout
pegaso: $OUT verified: 9 inputs unchanged, 10 files identical to the reproduction
