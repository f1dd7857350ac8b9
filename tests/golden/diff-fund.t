# Two runs differing in a fund amount (individual 600.00 -> 700.00): the
# pool changes, and every payee of it; scores do not.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini --out $DIR/a >/dev/null && sed -i 's/^individual = 600.00/individual = 700.00/' $DIR/run.ini && $BIN run $DIR/run.ini --out $DIR/b >/dev/null
#> args diff $DIR/a $DIR/b
#> code 6
#> stdout
Confronto tra $DIR/a (A) e $DIR/b (B)
Input con impronta SHA-256 diversa: run.ini

Indicatori cambiati: 0
Obiettivi cambiati: 0
Settori ed ente cambiati: 0
Fondi cambiati: 1
  individual: stanziato 600,00 € → 700,00 €; distribuito 600,00 € → 700,00 € (+100,00 €); economie 0,00 € → 0,00 €
    primo passo diverso in trace.csv: individual, amount [pool individual]
      A: [fund] individual; mode=share → 600.00
      B: [fund] individual; mode=share → 700.00
Dipendenti con importo cambiato: 3 su 5
  1: 596,15 € → 635,25 € (+39,10 €)
    fondo individual: 234,60 € → 273,70 € (+39,10 €)
    primo passo diverso in trace.csv: 1, share [pool individual]
      A: pool less maggiorazione=600.00; points=2.016 → 234.60
      B: pool less maggiorazione=700.00; points=2.016 → 273.70
  2: 319,94 € → 337,40 € (+17,46 €)
    fondo individual: 104,73 € → 122,19 € (+17,46 €)
    primo passo diverso in trace.csv: 2, share [pool individual]
      A: pool less maggiorazione=600.00; points=0.9 → 104.73
      B: pool less maggiorazione=700.00; points=0.9; +1 leftover cent → 122.19
  4: 576,31 € → 619,75 € (+43,44 €)
    fondo individual: 260,67 € → 304,11 € (+43,44 €)
    primo passo diverso in trace.csv: 4/a, share [pool individual]
      A: pool less maggiorazione=600.00; points=1.22404371488 → 142.44
      B: pool less maggiorazione=700.00; points=1.22404371488 → 166.18
#> stderr
