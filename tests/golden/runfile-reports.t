# [run] reports is auto, always or never.
#> copy fixtures/mini .
#> copy fixtures/bad/runfile-reports .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini:7: [run] reports = 'sometimes': expected auto, always or never
