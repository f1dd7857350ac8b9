# No command: the usage text on stderr, exit 1.
#> args
#> code 1
#> stderr
usage: pegaso <command> [options]

commands:
  run RUN.ini [--out DIR] [--force] [--lang it|en]
        score the plan and distribute the fund; write the run folder
  monitor RUN.ini --at DATE [--out DIR] [--force] [--lang it|en]
        the state of the plan at a date (in-year monitoring)
  import PEG.txt --out DIR [--overrides FILE] [--year YEAR] [--force]
        read the PEG card document into plan tables and a report
  version
        print the engine version
  help
        print this text

exit codes: 0 ok, 1 usage, 2 input data, 3 rules or run file,
4 file access, 5 legal check, 6 verify mismatch, 7 money not
conserved, 8 internal error
