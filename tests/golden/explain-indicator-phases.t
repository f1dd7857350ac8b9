# explain --indicator of kind phases, measured from the schedule (no
# verification row): each phase due in 2020 with its state and score,
# the mean, the ratio to the target.  Rule: phases_on_time, grace 0.
# 1.F1 due 31/3, done 15/3: 100; 1.F2 (Q2 and Q3) due 30/9, done 10/7:
# 100; 1.F3 due 31/12 (Delibera G.C.), not done: 0.  Mean 200/3 =
# 66.666667; ratio 100 x 66.666667 / 100.
#> copy fixtures/mini-phases .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT --indicator 1.2
#> code 0
#> stdout
Spiegazione del punteggio dell'indicatore 1.2
Ente: Comune minimo
Anno: 2020
Regole: rules.ini
Cartella dell'esecuzione: $OUT (scritta da pegaso VERSION)
Controllato prima di spiegare: gli input hanno le impronte SHA-256 del manifest e il ricalcolo riproduce byte per byte indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, trace.csv.
Arrotondamenti (metà per eccesso): rapporti, punteggi e medie a 6 decimali, fattore tempo a 9, punti a 12, importi al centesimo.

Indicatore 1.2 (phases, peso 1)
  misurato dal cronoprogramma: 3 fasi dovute nel 2020 (nei tempi 2, in ritardo 0, non svolte 1, senza verifica 0, neutralizzate 0)
    fase 1.F1: scadenza 2020-03-31, svolta il 2020-03-15, nei tempi: punteggio 100 %
    fase 1.F2: scadenza 2020-09-30, svolta il 2020-07-10, nei tempi: punteggio 100 %
    fase 1.F3: scadenza 2020-12-31, non svolta: punteggio 0 %
  funzione phases_on_time: ogni fase 100 se svolta entro la scadenza più 0 giorni di tolleranza, altrimenti 0; media delle 3 fasi che contano: 66,666667 %
  rapporto: media 66,666667 / target 100 = 66,666667 %
  → punteggio 66,666667 %
  fasi: plan/phases.csv; date di svolgimento: fasi.csv
  (regole [scoring]; riferimento: D.Lgs. 150/2009 art. 8; SMVP)

Entra nell'obiettivo 1 con peso 1; grado di raggiungimento dell'obiettivo: 70,833334 % (pegaso explain --objective 1).
#> stderr
