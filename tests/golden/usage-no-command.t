# No command: the usage text on stderr, exit 1.
#> args
#> code 1
#> stderr
usage: pegaso <command> [options]

commands:
  run RUN.ini [--out DIR] [--force] [--lang it|en] [--csv standard|it]
         [--reports auto|always|never] [--threads T]
        score the plan and distribute the fund; write the run folder
  whatif RUN.ini [--set SECTION.KEY=VALUE ...] [--scenarios FILE.ini]
         [--out DIR] [--force]
        compare the run with other rule or fund values, per pool
        and per employee; write the comparison folder
  simulate RUN.ini --runs N --seed S [--threads T] [--spread P]
         [--distribution uniform|triangular|normal] [--out DIR]
         [--force]
        Monte Carlo over uncertain actual values: quantiles of every
        payout, probabilities of eligibility and of reaching 100%
  monitor RUN.ini --at DATE [--out DIR] [--force] [--lang it|en]
        the state of the plan at a date (in-year monitoring)
  import PEG.txt --out DIR [--overrides FILE] [--year YEAR] [--force]
        read the PEG card document into plan tables and a report
  verify OUT [--run RUN.ini]
        audit reproduction: check the inputs of the run folder OUT
        against its manifest, run again, compare every file
  explain OUT EMPLOYEE_ID | --objective ID | --indicator ID
          [--run RUN.ini] [--lang it|en]
        every step of an employee's pay, an objective's achievement
        or an indicator's score, with rules and legal references
  diff OUT_A OUT_B [--lang it|en]
        what changed between two run folders, by how much, and the
        first step where each change starts
  version
        print the engine version
  help
        print this text

exit codes: 0 ok, 1 usage, 2 input data, 3 rules or run file,
4 file access, 5 legal check, 6 differences (verify, diff), 7 money
not conserved, 8 internal error
