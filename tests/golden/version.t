# The version.
#> args version
#> code 0
#> stdout
pegaso VERSION
#> stderr
