# No verification column names a year: the plan year must be given.
#> args import $DIR/peg.txt --out $OUT
#> file peg.txt
SCHEDA OBIETTIVO GESTIONALE n. 1
TIPOLOGIA	DESCRIZIONE	VALORE TARGET
Risultato	Atti	5
#> code 2
#> stderr
$DIR/peg.txt: cannot tell the plan year: no verification column names a year (give it with --year)
