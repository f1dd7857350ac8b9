# A judgement is 0 to 100.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,120,judgement,valutazione del Nucleo
#> stderr
$DIR/verifiche.csv:2: actual '120': a judgement is an achievement from 0 to 100
