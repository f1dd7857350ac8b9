# explain, in Italian, of employee 1 of the pay fixture, worked out by hand:
#   indicator 1.1: 100 x 60 / 80 = 75; 1.2: done on its due date -> 100
#   objective 1: (75 x 1 + 100 x 1) / 2 = 87.5, the only one assigned
#   time factor: 100% x (366 - 36.6 days of MAL) / 366 = 329.4 / 366 = 0.9
#   organizational: score = objectives 87.5 x 100% = 87.5 = factor (linear)
#     points = 1.12 (area C) x 0.9 x 87.5% x 100% = 0.882
#     all points: 0.882 (1) + 1.2 x 0.5 x 87.5% = 0.525 (2)
#       + 1.05 x 0.5 x 50% = 0.2625 (3) + 1.12 x 68.75% x 366/366 = 0.77
#       (4, two positions) = 2.4395
#     quota = 1000.00 x 0.882 / 2.4395 = 361.5494978...: whole 361.54;
#     the whole parts of 1..4 are 361.54 + 215.20 + 107.60 + 172.48 +
#     143.15 = 999.97, 3 cents left; remainders 0.95 (1), 0.80 (2), 0.40
#     (3), 0.00 (4/a), 0.84 (4/b): employee 1 gets one -> 361.55
#   individual: score = 90 x 70% + 80 x 30% = 87 -> band [80, 100] -> 200%
#     points = 1.12 x 0.9 x 200% = 2.016; all points: 2.016 + 1.2 x 0.5 x
#     150% (2: 0.9) + 1.12 x 200% x 366/366 (4: 2.24) = 5.156 (3 scores
#     50 x 70% + 60 x 30% = 53, below 60)
#     quota = 600.00 x 2.016 / 5.156 = 234.6004654...: whole 234.60; one
#     cent left, to 4/b (remainder 0.61): none for employee 1 -> 234.60
#   total: 361.55 + 234.60 = 596.15
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT 1
#> code 0
#> stdout
Spiegazione dell'importo del dipendente 1
Ente: Comune minimo
Anno: 2020
Regole: rules.ini
Cartella dell'esecuzione: $OUT (scritta da pegaso VERSION)
Controllato prima di spiegare: gli input hanno le impronte SHA-256 del manifest e il ricalcolo riproduce byte per byte indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, payouts.csv, transparency.csv, trace.csv.
Arrotondamenti (metà per eccesso): rapporti, punteggi e medie a 6 decimali, fattore tempo a 9, punti a 12, importi al centesimo.

Importo totale: 596,15 €
  fondo organizational: 361,55 €
  fondo individual: 234,60 €

1. Obiettivi assegnati (assignments.csv) e loro indicatori
  Obiettivo 1 "Archivio digitale" (settore Affari generali; incentivabile: sì; conta per la distribuzione: sì; peso 1)
    Indicatore 1.1 (percent, peso 1)
      valore effettivo 60, target 80
      rapporto di raggiungimento = 100 × effettivo / target = 75 %
      funzione ratio: il punteggio è il rapporto (tetto 100 %, soglia minima 0 %)
      → punteggio 75 %
      verifica: verifiche.csv riga 2, valore scritto "60%"
      (regole [scoring]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
    Indicatore 1.2 (deadline, peso 1)
      eseguito il 2020-06-30, scadenza 2020-06-30, tolleranza 0 giorni: giorni di ritardo 0
      funzione on_time: 100 se eseguito entro scadenza più tolleranza, altrimenti 0
      → punteggio 100 %
      verifica: verifiche.csv riga 3, valore scritto "2020-06-30"
      (regole [scoring]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
    grado di raggiungimento = media ponderata dei punteggi = (75 × 1 + 100 × 1) / 2 = 87,5 % (indicatori 1.1, 1.2)
    (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)

2. Componenti del punteggio
  Settore Affari generali, area C, 366 giorni in servizio
    objectives = 87,5 %: media degli obiettivi assegnati, pesata come in assignments.csv = (87,5 × 1) / 1 (obiettivi 1)
      (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
    behaviour = 90: valutazione individuale (evaluations.csv riga 2)
    contribution = 80: valutazione individuale (evaluations.csv riga 3)

3. Fondo organizational: 361,55 €
  CCNL 21.5.2018 art. 68 c.2 lett. a; ripartizione in proporzione ai punti (mode = share)
  punteggio = objectives 87,5 × 100 % = 87,5
  fattore = punteggio = 87,5 % (curva linear)
    (regole [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
  fattore tempo = part time × (giorni in servizio − giorni di assenza riducenti) / giorni dell'anno
    = 100 % × (366 − 36,6) / 366 = 0,9
    (regole [pool organizational] [absences]; riferimento: CCNL 21.5.2018 art. 68; contratto integrativo)
  ammesso al fondo
  punti = parametro × fattore tempo × fattore × quota di convenzione
    = 1,12 (area C) × 0,9 × 87,5 % × 100 % = 0,882
    (regole [areas] [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
  quota = fondo da ripartire × punti / punti di tutte le posizioni ammesse
    = 1.000,00 € × 0,882 / 2,4395 = 361,54949784... €
    (le posizioni ammesse al fondo sono 5)
  centesimi: a ciascuno la parte intera (qui 361,54 €); centesimi rimasti: 3, uno ciascuno ai resti maggiori (a pari resto per employee_id); resto di questa posizione: 0,949784... centesimi, ne riceve uno → 361,55 €
    (regole [pool organizational]; riferimento: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  totale nel fondo organizational: 361,55 €

4. Fondo individual: 234,60 €
  CCNL 21.5.2018 art. 68 c.2 lett. b; ripartizione in proporzione ai punti (mode = share)
  punteggio = behaviour 90 × 70 % + contribution 80 × 30 % = 87
  fattore = 200 %: fascia [80, 100] della curva bands 0-60:0, 60-70:100, 70-80:150, 80-100:200
  soglia di ammissione 60: raggiunta
    (regole [pool individual]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. b)
  fattore tempo = part time × (giorni in servizio − giorni di assenza riducenti) / giorni dell'anno
    = 100 % × (366 − 36,6) / 366 = 0,9
    (regole [pool individual] [absences]; riferimento: CCNL 21.5.2018 art. 68; contratto integrativo)
  ammesso al fondo
  punti = parametro × fattore tempo × fattore × quota di convenzione
    = 1,12 (area C) × 0,9 × 200 % × 100 % = 2,016
    (regole [areas] [pool individual]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. b)
  quota = fondo da ripartire × punti / punti di tutte le posizioni ammesse
    = 600,00 € × 2,016 / 5,156 = 234,60046547... €
    (le posizioni ammesse al fondo sono 4)
  centesimi: a ciascuno la parte intera (qui 234,60 €); centesimi rimasti: 1, uno ciascuno ai resti maggiori (a pari resto per employee_id); resto di questa posizione: 0,046547... centesimi, non ne riceve → 234,60 €
    (regole [pool individual]; riferimento: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  totale nel fondo individual: 234,60 €

Totale: 361,55 € + 234,60 € = 596,15 €
#> stderr
