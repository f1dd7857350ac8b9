# A document saved in Latin-1: the line is named, with a hint.
#> args import $DIR/peg.txt --out $OUT
#> filex peg.txt
SCHEDA OBIETTIVO GESTIONALE n. 1\n\nQualit\xe0\tx\n\c
#> code 2
#> stderr
$DIR/peg.txt:3: invalid UTF-8 byte 0xE0 (re-save the document as UTF-8 text)
