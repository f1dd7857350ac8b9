# Pool problems, all at once.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/pay-rules-problems .
#> args run $DIR/run.ini --out $OUT
#> code 3
#> stderr
$DIR/rules.ini:15: [pool organizational] residual = redistribute needs mode = budget (a share pool pays everything when anyone is eligible)
$DIR/rules.ini:16: [pool organizational] max is only used with mode = budget
$DIR/rules.ini:24: [pool individual] score = 'behaviour:70, contribution:20': the weights total 90, not 100
$DIR/rules.ini:25: [pool individual] areas = 'C, Z': unknown area 'Z' (not in [areas])
$DIR/rules.ini:26: [pool individual] maggiorazione_above: the art. 69 maggiorazione cannot go to everyone above a score (ARAN: an elusive rule); give maggiorazione_quota, the share of positively evaluated staff who receive it
$DIR/rules.ini:27: [pool individual] the art. 69 maggiorazione needs both maggiorazione_percent and maggiorazione_quota
$DIR/rules.ini:29: [pool individual] bands: gap between 0-60 and 65-70
$DIR/rules.ini:29: [pool individual] bands: overlap between 70-85 and 80-100
