# Neutralisation needs the reason.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,,neutralized,
#> stderr
$DIR/verifiche.csv:2: indicator '1.1': status neutralized needs a note giving the reason
