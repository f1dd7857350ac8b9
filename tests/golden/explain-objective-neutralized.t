# explain --objective of the scoring fixture's objective 9: one indicator
# neutralized (with its note and evidence), one not due this year; so the
# objective is neutralized and enters no mean.
#> copy fixtures/scoring .
#> setup $BIN run $DIR/run.ini --out $OUT >/dev/null 2>&1
#> args explain $OUT --objective 9
#> code 0
#> stdout
Spiegazione del grado di raggiungimento dell'obiettivo 9
Ente: Comune di Prova (dati di test)
Anno: 2020
Regole: rules.ini
Cartella dell'esecuzione: $OUT (scritta da pegaso VERSION)
Controllato prima di spiegare: gli input hanno le impronte SHA-256 del manifest e il ricalcolo riproduce byte per byte indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, trace.csv.
Arrotondamenti (metà per eccesso): rapporti, punteggi e medie a 6 decimali, fattore tempo a 9, punti a 12, importi al centesimo.

Obiettivo 9 "Nuova centrale operativa" (settore Polizia municipale; incentivabile: sì; conta per la distribuzione: sì; peso 1)
  Indicatore 9.1 (boolean, peso 1)
    neutralizzato (nota: Gara regionale sospesa): non conta, i pesi degli altri indicatori sono rinormalizzati
    verifica: verifiche.csv riga 20
    evidenza: nota 5
    (regole [verification]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
  Indicatore 9.2 (boolean, peso 1)
    non dovuto nell'anno: non conta
    verifica: verifiche.csv riga 21
    (regole [verification]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
  neutralizzato: nessun indicatore conta, l'obiettivo esce da ogni media
  (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)

Non conta per la distribuzione del fondo (non incentivabile o non valutato).
#> stderr
