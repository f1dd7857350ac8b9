# A document exported as UTF-16 is refused with a hint.
#> copy fixtures/bad/import-utf16 .
#> args import $DIR/peg.txt --out $OUT
#> code 2
#> stderr
$DIR/peg.txt:1: the document is UTF-16 (export it as UTF-8 text)
