# explain of an excluded employee (5: procedimento disciplinare): nothing
# in either pool, and why.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT 5
#> code 0
#> stdout
Spiegazione dell'importo del dipendente 5
Ente: Comune minimo
Anno: 2020
Regole: rules.ini
Cartella dell'esecuzione: $OUT (scritta da pegaso VERSION)
Controllato prima di spiegare: gli input hanno le impronte SHA-256 del manifest e il ricalcolo riproduce byte per byte indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, payouts.csv, transparency.csv, trace.csv.
Arrotondamenti (metà per eccesso): rapporti, punteggi e medie a 6 decimali, fattore tempo a 9, punti a 12, importi al centesimo.

Importo totale: 0,00 €
  fondo organizational: 0,00 €
  fondo individual: 0,00 €

1. Obiettivi assegnati (assignments.csv) e loro indicatori
  Obiettivo 2 "Controlli" (settore Polizia municipale; incentivabile: sì; conta per la distribuzione: sì; peso 1)
    Indicatore 2.1 (count, peso 1)
      valore effettivo 50, target 100
      rapporto di raggiungimento = 100 × effettivo / target = 50 %
      funzione ratio: il punteggio è il rapporto (tetto 100 %, soglia minima 0 %)
      → punteggio 50 %
      verifica: verifiche.csv riga 4, valore scritto "50"
      (regole [scoring]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
    grado di raggiungimento = media ponderata dei punteggi = (50 × 1) / 1 = 50 % (indicatori 2.1)
    (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)

2. Componenti del punteggio
  Settore Polizia municipale, area A, 366 giorni in servizio
    objectives = 50 %: media degli obiettivi assegnati, pesata come in assignments.csv = (50 × 1) / 1 (obiettivi 2)
      (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
    behaviour = 90: valutazione individuale (evaluations.csv riga 10)
    contribution = 90: valutazione individuale (evaluations.csv riga 11)

3. Fondo organizational: 0,00 €
  CCNL 21.5.2018 art. 68 c.2 lett. a; ripartizione in proporzione ai punti (mode = share)
  escluso: procedimento disciplinare (staff.csv)
    (regole [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
  totale nel fondo organizational: 0,00 €

4. Fondo individual: 0,00 €
  CCNL 21.5.2018 art. 68 c.2 lett. b; ripartizione in proporzione ai punti (mode = share)
  escluso: procedimento disciplinare (staff.csv)
    (regole [pool individual]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. b)
  totale nel fondo individual: 0,00 €

Totale: 0,00 € + 0,00 € = 0,00 €
#> stderr
