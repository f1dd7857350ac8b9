# A document over 64 MiB is not a PEG card export (checked before reading).
#> args import $DIR/big.txt --out $OUT
#> setup truncate -s 70M $DIR/big.txt
#> code 2
#> stderr
$DIR/big.txt: the document is larger than 64 MiB (expected the PEG cards as tab-separated text)
