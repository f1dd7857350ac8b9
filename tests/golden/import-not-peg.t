# A text with no card heading is not a PEG document.
#> args import $DIR/relazione.txt --out $OUT
#> file relazione.txt
Relazione sulla performance	2020
	nessuna scheda obiettivo
#> code 2
#> stderr
$DIR/relazione.txt:1: not a PEG document (no card heading 'SCHEDA OBIETTIVO GESTIONALE n. N' found)
