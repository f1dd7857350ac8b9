# A document exported as UTF-16 is refused with a hint.
#> args import $DIR/peg.txt --out $OUT
#> filex peg.txt
\xff\xfeS\x00C\x00\c
#> code 2
#> stderr
$DIR/peg.txt:1: the document is UTF-16 (export it as UTF-8 text)
