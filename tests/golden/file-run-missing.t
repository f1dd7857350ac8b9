# The run file itself does not exist.
#> args run nowhere/run.ini --out $OUT
#> code 4
#> stderr
nowhere/run.ini: cannot open: No such file or directory
