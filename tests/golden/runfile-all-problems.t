# Every problem of a run file is listed in one pass.
#> copy fixtures/mini .
#> copy fixtures/bad/runfile-all-problems .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/run.ini:1: [run] verification is required
$DIR/run.ini:1: [run] rules is required
$DIR/run.ini:1: [run] output is required
$DIR/run.ini:2: [run] year = '20x0': not a whole number (1900 to 2100)
$DIR/run.ini:3: [run] plan: a path is required
$DIR/run.ini:4: unknown key 'verifcation' in [run]
$DIR/run.ini:5: [run] decimal = 'virgola': expected auto, point or comma
$DIR/run.ini:6: [run] encoding = 'utf-16': expected utf-8 or windows-1252
$DIR/run.ini:8: [fund] individual = '90000.005': more than 2 decimal places (euros with a point and at most 2 decimals, e.g. 150000.00)
$DIR/run.ini:9: [fund] organizational = '-5': negative value (euros with a point and at most 2 decimals, e.g. 150000.00)
$DIR/run.ini:10: [fund] bonus = '1,5': a decimal comma in a decimal-point file (write 1.5, not 1,5) (euros with a point and at most 2 decimals, e.g. 150000.00)
$DIR/run.ini:11: unknown section [funds] (expected [run] and [fund])
