# Two runs differing in one verification value (indicator 2.1: actual 50
# in A, 60 in B).  By hand: 2.1 scores 60 (100 x 60 / 100); objective 2
# (its only indicator) 60; settore Polizia municipale 60; ente (87.5 + 60)
# / 2 = 73.75.  Objective 2 is assigned to 3, 4 and 5: 3's objectives
# component 50 -> 60, 4's (87.5 + 50) / 2 = 68.75 -> (87.5 + 60) / 2 =
# 73.75; 5 is excluded.  The organizational pool is shared by points, so
# 1 and 2 change too (their share of 1000.00 falls as the others' points
# rise: all points 2.4395 -> 0.882 + 0.525 + 1.05 x 0.5 x 60% + 1.12 x
# 73.75% = 2.548; 1: 1000.00 x 0.882 / 2.548 = 346.15); the individual
# pool does not read objectives.  Affected: indicator 2.1, objective 2,
# the ente and Polizia municipale, employees 1, 2, 3, 4 (not 5), pool
# amounts unchanged.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini --out $DIR/a >/dev/null && sed -i 's/^2.1,2020,50,/2.1,2020,60,/' $DIR/verifiche.csv && $BIN run $DIR/run.ini --out $DIR/b >/dev/null
#> args diff $DIR/a $DIR/b
#> code 6
#> stdout
Confronto tra $DIR/a (A) e $DIR/b (B)
Input con impronta SHA-256 diversa: verifiche.csv

Indicatori cambiati: 1
  2.1: punteggio 50 % → 60 %
    primo passo diverso in trace.csv: 2.1, ratio [scoring]
      A: kind=count; actual=50; target=100 → 50
      B: kind=count; actual=60; target=100 → 60
Obiettivi cambiati: 1
  2: grado di raggiungimento 50 % → 60 %
Settori ed ente cambiati: 2
  Ente: 68,75 % → 73,75 %; sugli obiettivi incentivabili 68,75 % → 73,75 %
  Polizia municipale: 50 % → 60 %; sugli obiettivi incentivabili 50 % → 60 %
Fondi cambiati: 0
Dipendenti con importo cambiato: 4 su 5
  1: 596,15 € → 580,75 € (-15,40 €)
    fondo organizational: 361,55 € → 346,15 € (-15,40 €)
    primo passo diverso in trace.csv: 1, share [pool organizational]
      A: pool less maggiorazione=1000.00; points=0.882; +1 leftover cent → 361.55
      B: pool less maggiorazione=1000.00; points=0.882 → 346.15
  2: 319,94 € → 310,77 € (-9,17 €)
    fondo organizational: 215,21 € → 206,04 € (-9,17 €)
    primo passo diverso in trace.csv: 2, share [pool organizational]
      A: pool less maggiorazione=1000.00; points=0.525; +1 leftover cent → 215.21
      B: pool less maggiorazione=1000.00; points=0.525 → 206.04
  3: 107,60 € → 123,63 € (+16,03 €)
    fondo organizational: 107,60 € → 123,63 € (+16,03 €)
    primo passo diverso in trace.csv: 3, score [pool organizational]
      A: objectives=50 x 100% → 50
      B: objectives=60 x 100% → 60
  4: 576,31 € → 584,85 € (+8,54 €)
    fondo organizational: 315,64 € → 324,18 € (+8,54 €)
    primo passo diverso in trace.csv: 4/a, score [pool organizational]
      A: objectives=68.75 x 100% → 68.75
      B: objectives=73.75 x 100% → 73.75
#> stderr
