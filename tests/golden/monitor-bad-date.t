# --at must be a date of the calendar; nothing is written.
#> args monitor fixtures/mini-phases/run.ini --at 2020-02-30 --out $OUT
#> code 1
#> stderr
pegaso: --at '2020-02-30': no such day in that month
