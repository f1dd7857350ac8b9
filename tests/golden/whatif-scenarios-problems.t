# Every problem of the scenario file's shape in one pass: reserved names,
# keys that are not SECTION.KEY (values are checked once the file is
# sound: whatif-scenarios-values).
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --scenarios $DIR/s.ini --out $OUT
#> code 3
#> file s.ini
[baseline]
fund.individual = 700.00
[a]
threshold = 65
pool individual.threshold = 6O
[b]
pool individual.mode = budget
pool individual.residual = everywhere
fund.organizational = 1000.005
#> stderr
$DIR/s.ini:1: scenario name 'baseline' is taken by the run as it is; choose another
$DIR/s.ini:4: [a] 'threshold' is not SECTION.KEY (e.g. pool individual.threshold = 65)
