# A manifest whose hash is not 64 hex digits: a data error with its line.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's/^input [0-9a-f]*  rules.ini/input 123  rules.ini/' $OUT/manifest
#> args verify $OUT
#> code 2
#> stdout
#> stderr
$OUT/manifest:13: input: expected a SHA-256 in hex, two spaces and a file name
