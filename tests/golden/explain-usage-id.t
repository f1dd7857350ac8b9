# explain needs a subject.
#> args explain out
#> code 1
#> stdout
#> stderr
pegaso: explain: an employee id, --objective ID or --indicator ID is required
(see pegaso help)
