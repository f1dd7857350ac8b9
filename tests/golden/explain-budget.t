# explain of employee 4 under rules/parametri-categoria.ini (organizational
# pool in budget mode, economies redistributed in the settore; individual
# pool shared with the art. 69 maggiorazione, here for half of those
# positively evaluated).  By hand, position a (Affari generali, 200 days):
#   parameters C 1.1, D 1.2, B 1: sum of parameter x time over the eligible
#   = 1.1 x 0.9 + 1.2 x 0.5 + 1 x 0.5 + 1.1 x (200 + 166)/366 = 3.19
#   maximum = 1000.00 x 1.1 / 3.19 = 344.827... -> 344.83
#   gross = 344.83 x 0.546448087 x 87.5% (settore 87.5) = 164.8768... -> 164.88
#   economies of Affari generali, round2(max x t) - paid: 1: 310.35 -
#   271.55; 2: 188.09 - 164.58; 4/a: 188.43 - 164.88: 85.86, shared by
#   points 0.86625 + 0.525 + 0.525956283738 = 1.917206283738:
#   85.86 x 0.525956283738 / 1.917206283738 = 23.554... -> 23.55 + the
#   one leftover cent = 23.56
#   position b (Polizia municipale): economies 156.74 - 78.37 (3) +
#   156.40 - 78.20 (4/b) = 156.57; the settori's 85.86 + 156.57 = 242.43
#   exceed the pool's 1000.00 - 757.58 paid = 242.42 by a cent of
#   rounding: shared among settori in proportion, 156.56 to this one
#   individual: N = 4 positively evaluated (scores 86, 70, 54, 85), k =
#   floor(50% x 4) = 2: 1 and 4; bonus = 30% x 600.00 / 4 = 45.00; the
#   rest 510.00 is shared by points.
#> copy fixtures/mini-pay .
#> copy rules/parametri-categoria.ini rules.ini
#> setup sed -i 's/^maggiorazione_quota   = 10/maggiorazione_quota   = 50/' $DIR/rules.ini && $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT 4
#> code 0
#> stdout
Spiegazione dell'importo del dipendente 4
Ente: Comune minimo
Anno: 2020
Regole: rules.ini
Cartella dell'esecuzione: $OUT (scritta da pegaso VERSION)
Controllato prima di spiegare: gli input hanno le impronte SHA-256 del manifest e il ricalcolo riproduce byte per byte indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, payouts.csv, transparency.csv, trace.csv.
Arrotondamenti (metà per eccesso): rapporti, punteggi e medie a 6 decimali, fattore tempo a 9, punti a 12, importi al centesimo.

Importo totale: 582,39 €
  fondo organizational: 344,83 €
  fondo individual: 237,56 €

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
      funzione deadline_linear: 100 entro scadenza più tolleranza, poi in calo lineare fino a 0 a 90 giorni di ritardo
      → punteggio 100 %
      verifica: verifiche.csv riga 3, valore scritto "2020-06-30"
      (regole [kind deadline]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
    grado di raggiungimento = media ponderata dei punteggi = (75 × 1 + 100 × 1) / 2 = 87,5 % (indicatori 1.1, 1.2)
    (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
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
  Posizione a: settore Affari generali, area C, 200 giorni in servizio
    sector = 87,5 %: grado del settore Affari generali sugli obiettivi incentivabili = (87,5 × 1) / 1 (obiettivi 1)
      (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
    behaviour = 85: valutazione individuale (evaluations.csv riga 8)
    contribution = 85: valutazione individuale (evaluations.csv riga 9)
  Posizione b: settore Polizia municipale, area C, 166 giorni in servizio
    sector = 50 %: grado del settore Polizia municipale sugli obiettivi incentivabili = (50 × 1) / 1 (obiettivi 2)
      (regole [objective]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)
    behaviour = 85: valutazione individuale (evaluations.csv riga 8)
    contribution = 85: valutazione individuale (evaluations.csv riga 9)

3. Fondo organizational: 344,83 €
  CCNL 21.5.2018 art. 68 c.2 lett. a; premio teorico (mode = budget)
  Posizione a
    punteggio = sector 87,5 × 100 % = 87,5
    fattore = punteggio = 87,5 % (curva linear)
      (regole [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
    fattore tempo = part time × (giorni in servizio − giorni di assenza riducenti) / giorni dell'anno
      = 100 % × 200 / 366 = 0,546448087
      (regole [pool organizational] [absences]; riferimento: CCNL 21.5.2018 art. 68; contratto integrativo)
    ammesso al fondo
    punti = parametro × fattore tempo × fattore × quota di convenzione
      = 1,1 (area C) × 0,546448087 × 87,5 % × 100 % = 0,525956283738
      (regole [areas] [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
    premio massimo = fondo × parametro / somma di parametro × fattore tempo delle posizioni ammesse, al centesimo
      = 1.000,00 € × 1,1 / 3,19 = 344,83 €
    lordo = premio massimo × fattore tempo × fattore, arrotondato una volta al centesimo sul valore esatto (il fattore tempo come frazione, non le sue 9 cifre decimali)
      = 344,83 € × 0,546448087 × 87,5 % = 164,88 €
    pagato = lordo × quota di convenzione, al centesimo
      = 164,88 € × 100 % = 164,88 €
      (regole [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
    ridistribuzione = economie × punti / punti di chi le riceve
      = 85,86 € × 0,525956283738 / 1,917206283738 = 23,55438061... €
      (le posizioni ammesse del settore sono 3)
      (economie del settore Affari generali: 85,86 €, per ogni posizione ammessa del settore premio massimo × fattore tempo al centesimo meno il pagato; residual = redistribute_sector)
    centesimi: a ciascuno la parte intera (qui 23,55 €); centesimi rimasti: 1, uno ciascuno ai resti maggiori (a pari resto per employee_id); resto di questa posizione: 0,438061... centesimi, ne riceve uno → 23,56 €
      (regole [pool organizational]; riferimento: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  Posizione b
    punteggio = sector 50 × 100 % = 50
    fattore = punteggio = 50 % (curva linear)
      (regole [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
    fattore tempo = part time × (giorni in servizio − giorni di assenza riducenti) / giorni dell'anno
      = 100 % × 166 / 366 = 0,453551913
      (regole [pool organizational] [absences]; riferimento: CCNL 21.5.2018 art. 68; contratto integrativo)
    ammesso al fondo
    punti = parametro × fattore tempo × fattore × quota di convenzione
      = 1,1 (area C) × 0,453551913 × 50 % × 100 % = 0,24945355215
      (regole [areas] [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
    premio massimo = fondo × parametro / somma di parametro × fattore tempo delle posizioni ammesse, al centesimo
      = 1.000,00 € × 1,1 / 3,19 = 344,83 €
    lordo = premio massimo × fattore tempo × fattore, arrotondato una volta al centesimo sul valore esatto (il fattore tempo come frazione, non le sue 9 cifre decimali)
      = 344,83 € × 0,453551913 × 50 % = 78,20 €
    pagato = lordo × quota di convenzione, al centesimo
      = 78,20 € × 100 % = 78,20 €
      (regole [pool organizational]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. a)
    ridistribuzione = economie × punti / punti di chi le riceve
      = 156,56 € × 0,24945355215 / 0,49945355215 = 78,19435452... €
      (le posizioni ammesse del settore sono 2)
      (economie del settore Polizia municipale: 156,57 €, per ogni posizione ammessa del settore premio massimo × fattore tempo al centesimo meno il pagato; residual = redistribute_sector)
      (le economie dei settori, 242,43 € in tutto, superano per gli arrotondamenti al centesimo quelle del fondo, 242,42 €: sono ripartite tra i settori in proporzione, a questo 156,56 €)
    centesimi: a ciascuno la parte intera (qui 78,19 €); centesimi rimasti: 1, uno ciascuno ai resti maggiori (a pari resto per employee_id); resto di questa posizione: 0,435452... centesimi, non ne riceve → 78,19 €
      (regole [pool organizational]; riferimento: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  totale nel fondo organizational: 344,83 €

4. Fondo individual: 237,56 €
  CCNL 21.5.2018 art. 68 c.2 lett. b; ripartizione in proporzione ai punti (mode = share)
  Posizione a
    punteggio = behaviour 85 × 60 % + contribution 85 × 40 % = 85
    fattore = punteggio = 85 % (curva linear)
    soglia di ammissione 50: raggiunta
      (regole [pool individual]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. b)
    fattore tempo = part time × (giorni in servizio − giorni di assenza riducenti) / giorni dell'anno
      = 100 % × 200 / 366 = 0,546448087
      (regole [pool individual] [absences]; riferimento: CCNL 21.5.2018 art. 68; contratto integrativo)
    ammesso al fondo
    punti = parametro × fattore tempo × fattore × quota di convenzione
      = 1,1 (area C) × 0,546448087 × 85 % × 100 % = 0,510928961345
      (regole [areas] [pool individual]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. b)
    quota = fondo da ripartire × punti / punti di tutte le posizioni ammesse
      = 510,00 € × 0,510928961345 / 2,4764 = 105,22281145... €
      (le posizioni ammesse al fondo sono 5)
      (fondo da ripartire: 600,00 € stanziati meno 90,00 € di maggiorazione art. 69)
    centesimi: a ciascuno la parte intera (qui 105,22 €); centesimi rimasti: 2, uno ciascuno ai resti maggiori (a pari resto per employee_id); resto di questa posizione: 0,281145... centesimi, non ne riceve → 105,22 €
      (regole [pool individual]; riferimento: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  Posizione b
    punteggio = behaviour 85 × 60 % + contribution 85 × 40 % = 85
    fattore = punteggio = 85 % (curva linear)
    soglia di ammissione 50: raggiunta
      (regole [pool individual]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. b)
    fattore tempo = part time × (giorni in servizio − giorni di assenza riducenti) / giorni dell'anno
      = 100 % × 166 / 366 = 0,453551913
      (regole [pool individual] [absences]; riferimento: CCNL 21.5.2018 art. 68; contratto integrativo)
    ammesso al fondo
    punti = parametro × fattore tempo × fattore × quota di convenzione
      = 1,1 (area C) × 0,453551913 × 85 % × 100 % = 0,424071038655
      (regole [areas] [pool individual]; riferimento: CCNL 21.5.2018 art. 68 c.2 lett. b)
    quota = fondo da ripartire × punti / punti di tutte le posizioni ammesse
      = 510,00 € × 0,424071038655 / 2,4764 = 87,33493365... €
      (le posizioni ammesse al fondo sono 5)
      (fondo da ripartire: 600,00 € stanziati meno 90,00 € di maggiorazione art. 69)
    centesimi: a ciascuno la parte intera (qui 87,33 €); centesimi rimasti: 2, uno ciascuno ai resti maggiori (a pari resto per employee_id); resto di questa posizione: 0,493365... centesimi, ne riceve uno → 87,34 €
      (regole [pool individual]; riferimento: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  maggiorazione art. 69: 4 persone valutate positivamente nel fondo
    beneficiari = parte intera di 50 % × 4 = 2
    bonus = 30 % × media ex ante (600,00 € / 4) = 45,00 €, al centesimo
    punteggio 85, tra i primi 2 → 45,00 €
      (regole [pool individual]; riferimento: CCNL 21.5.2018 art. 69)
  totale nel fondo individual: 237,56 €

Totale: 344,83 € + 237,56 € = 582,39 €
#> stderr
