# explain needs the run folder.
#> args explain
#> code 1
#> stdout
#> stderr
pegaso: explain: the run folder is required
(see pegaso help)
