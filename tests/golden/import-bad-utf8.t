# A document saved in Latin-1: the line is named, with a hint.
#> copy fixtures/bad/import-bad-utf8 .
#> args import $DIR/peg.txt --out $OUT
#> code 2
#> stderr
$DIR/peg.txt:3: invalid UTF-8 byte 0xE0 (re-save the document as UTF-8 text)
