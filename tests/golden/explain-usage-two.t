# explain tells one story at a time.
#> args explain out 1 --objective 2
#> code 1
#> stdout
#> stderr
pegaso: explain: one subject at a time ('2')
(see pegaso help)
