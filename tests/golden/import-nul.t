# A binary file (NUL bytes) is not the exported document.
#> args import $DIR/peg.txt --out $OUT
#> filex peg.txt
SCHEDA OBIETTIVO GESTIONALE n. 1\nabc\x00def\n\c
#> code 2
#> stderr
$DIR/peg.txt:2: NUL byte (expected the document exported as tab-separated text)
