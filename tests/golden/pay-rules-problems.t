# Pool problems, all at once.
#> copy fixtures/mini-pay .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> file rules.ini
[scoring]
missing = error

[areas]
A = 1.00
B = 1.05
C = 1.12
D = 1.20

[absences]
reducing = MAL, ASP
protected = MAT, PAT, PAR, L104

[pool organizational]
residual = redistribute
max = base_amount
basis = CCNL 21.5.2018 art. 68 c.2 lett. a
score = objectives:100
curve = linear
mode = share

[pool individual]
basis = CCNL 21.5.2018 art. 68 c.2 lett. b
score = behaviour:70, contribution:20
areas = C, Z
maggiorazione_above = 90
maggiorazione_quota = 10
curve = bands
bands = 0-60:0, 65-70:100, 70-85:150, 80-100:200
threshold = 60
mode = share
#> stderr
$DIR/rules.ini:15: [pool organizational] residual = redistribute needs mode = budget (a share pool pays everything when anyone is eligible)
$DIR/rules.ini:16: [pool organizational] max is only used with mode = budget
$DIR/rules.ini:24: [pool individual] score = 'behaviour:70, contribution:20': the weights total 90, not 100
$DIR/rules.ini:25: [pool individual] areas = 'C, Z': unknown area 'Z' (not in [areas])
$DIR/rules.ini:26: [pool individual] maggiorazione_above: the art. 69 maggiorazione cannot go to everyone above a score (ARAN: an elusive rule); give maggiorazione_quota, the share of positively evaluated staff who receive it
$DIR/rules.ini:27: [pool individual] the art. 69 maggiorazione needs both maggiorazione_percent and maggiorazione_quota
$DIR/rules.ini:29: [pool individual] bands: gap between 0-60 and 65-70
$DIR/rules.ini:29: [pool individual] bands: overlap between 70-85 and 80-100
