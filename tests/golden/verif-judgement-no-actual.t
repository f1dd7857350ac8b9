# A judgement states the achievement.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> file verifiche.csv
indicator_id,year,actual,status,note
1.1,2020,,judgement,valutazione del Nucleo
#> stderr
$DIR/verifiche.csv:2: indicator '1.1': status judgement needs the stated achievement (0-100) in actual
