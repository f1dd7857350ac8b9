# A text with no card heading is not a PEG document.
#> copy fixtures/bad/import-not-peg .
#> args import $DIR/relazione.txt --out $OUT
#> code 2
#> stderr
$DIR/relazione.txt:1: not a PEG document (no card heading 'SCHEDA OBIETTIVO GESTIONALE n. N' found)
