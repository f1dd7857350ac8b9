# A judgement states the achievement.
#> copy fixtures/mini .
#> copy fixtures/bad/verif-judgement-no-actual .
#> args run $DIR/run.ini --out $OUT
#> code 2
#> stderr
$DIR/verifiche.csv:2: indicator '1.1': status judgement needs the stated achievement (0-100) in actual
