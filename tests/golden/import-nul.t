# A binary file (NUL bytes) is not the exported document.
#> copy fixtures/bad/import-nul .
#> args import $DIR/peg.txt --out $OUT
#> code 2
#> stderr
$DIR/peg.txt:2: NUL byte (expected the document exported as tab-separated text)
