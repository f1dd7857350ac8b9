# whatif compares distributions: a run without staff has none.
#> copy fixtures/mini .
#> args whatif $DIR/run.ini --set scoring.cap=120 --out $OUT
#> code 3
#> stderr
$DIR/run.ini: whatif compares distributions, but the run file names no staff file
