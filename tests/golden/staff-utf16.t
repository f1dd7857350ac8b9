# A staff file saved as UTF-16.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/staff-utf16 .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/staff.csv:1: the file is UTF-16; re-save it as UTF-8 (CSV UTF-8 in Excel)
