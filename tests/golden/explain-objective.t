# explain --objective: indicator 2.1 = 100 x 50 / 100 = 50, objective 2 =
# 50; it enters settore Polizia municipale (50) and the ente ((87.5 + 50)
# / 2 = 68.75); assigned to employees 3, 4 and 5.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT --objective 2
#> code 0
#> stdout
Spiegazione del grado di raggiungimento dell'obiettivo 2
Ente: Comune minimo
Anno: 2020
Regole: rules.ini
Cartella dell'esecuzione: $OUT (scritta da pegaso VERSION)
Controllato prima di spiegare: gli input hanno le impronte SHA-256 del manifest e il ricalcolo riproduce byte per byte indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, payouts.csv, transparency.csv, trace.csv.
Arrotondamenti (metà per eccesso): rapporti, punteggi e medie a 6 decimali, fattore tempo a 9, punti a 12, importi al centesimo.

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

Entra nei gradi di raggiungimento usati per la distribuzione:
  sector = 50 %: grado del settore Polizia municipale sugli obiettivi incentivabili = (50 × 1) / 1 (obiettivi 2)
    (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
  ente = 68,75 %: grado dell'ente sugli obiettivi incentivabili = (87,5 × 1 + 50 × 1) / 2 (obiettivi 1, 2)
    (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
  assegnato a 3 dipendenti: 3, 4, 5
#> stderr
