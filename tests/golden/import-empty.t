# An empty PEG document.
#> copy fixtures/bad/import-empty .
#> args import $DIR/peg.txt --out $OUT
#> code 2
#> stderr
$DIR/peg.txt:1: not a PEG document (no card heading 'SCHEDA OBIETTIVO GESTIONALE n. N' found)
