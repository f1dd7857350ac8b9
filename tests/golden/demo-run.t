# The demo year end to end: a regression guard of the formats.  The
# amounts come from run.ini, every pool balances to the cent (checked by
# the engine), and the arithmetic is checked by hand in test_pay.c; the
# schedule's (phases_linear, 90 days) in test_score.c and test_phase.c:
# 35.1 = (100 + 100 + 100 + 100*(90-43)/90) / 4 = 88.055556.
#> args run fixtures/sesto-2020/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  82 objectives, 226 indicators, ente achievement 81.66%
#> stderr
fixtures/sesto-2020/plan/indicators.csv:221: warning: indicator '80.1': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
fixtures/sesto-2020/plan/indicators.csv:222: warning: indicator '80.2': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
fixtures/sesto-2020/plan/indicators.csv:223: warning: indicator '80.3': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
fixtures/sesto-2020/plan/indicators.csv:224: warning: indicator '80.4': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
#> outfile summary.txt
pegaso - esecuzione di fine anno

Ente: Comune di Sesto Fiorentino (dati del personale sintetici)
Anno: 2020
Regole: rules.ini
Motore: pegaso VERSION

Piano della performance
  Obiettivi: 82 (valutati 82, neutralizzati 0, senza indicatori nell'anno 0)
  Indicatori 2020: 226 (misurati 208, a giudizio 17, neutralizzati 1, non dovuti nell'anno 0, senza verifica (valutati 0) 0)
  righe di altri anni non usate: Indicatori 10, verifiche 0

Grado di raggiungimento (tutti gli obiettivi / obiettivi incentivabili)
  Ente: 81,66 % / 83,31 %
  Settore Affari generali: 79,27 % / 84,20 %
  Settore Infrastrutture e ambiente: 85,40 % / 85,75 %
  Settore Politiche educative, culturali e sportive: 84,17 % / 82,68 %
  Settore Polizia municipale: 92,22 % / 94,08 %
  Settore Risorse finanziarie: 72,97 % / 78,10 %
  Settore Segreteria generale: 79,66 % / 78,90 %
  Settore Società della Salute: 84,96 % / 84,96 %
  Settore Sviluppo del territorio: 83,22 % / 83,22 %

Tempi di realizzazione (fasi)
  Fasi 2020: 328 (nei tempi 227, in ritardo 67, non svolte 22, senza verifica 0, neutralizzate 12)
  Fasi non programmate nell'anno: 84
  Indicatore 35.1: 3/4 nei tempi, 1 in ritardo, 0 non svolte -> 88,06 %
  Indicatore 36.1: 0/3 nei tempi, 2 in ritardo, 1 non svolte -> 30,74 %

Obiettivi pluriennali: 39 (multiyear.csv)
  altre annualità: valutate 0, verificate in parte 0, non verificate 0, non ancora dovute 7

Personale
  332 dipendenti, 350 posizioni

Fondi distribuiti
  Fondo organizational (ripartizione; CCNL 21.5.2018 art. 68 c.2 lett. a)
    stanziato                        180.000,00 €
    posizioni ammesse                340
    distribuito                      180.000,00 €
    economie restituite all'ente     0,00 €
    quadratura                       stanziato = distribuito + maggiorazione + economie, al centesimo
  Fondo individual (ripartizione; CCNL 21.5.2018 art. 68 c.2 lett. b)
    stanziato                        120.000,00 €
    posizioni ammesse                321
    distribuito                      116.435,70 €
    maggiorazione art. 69            3.564,30 € (beneficiari 30 / valutati positivamente 303)
    economie restituite all'ente     0,00 €
    quadratura                       stanziato = distribuito + maggiorazione + economie, al centesimo
  Fondo dirigenti (premio teorico; CCNL Area Funzioni Locali 17.12.2020 art. 57)
    stanziato                        110.000,00 €
    posizioni ammesse                8
    distribuito                      85.893,12 €
    economie ridistribuite           0,00 €
    economie restituite all'ente     24.106,88 €
    quadratura                       stanziato = distribuito + maggiorazione + economie, al centesimo
  Totale distribuito: 385.893,12 €

Controlli di legittimità
  [rispettato] CCNL 21.5.2018 art. 68 c.3: il fondo per la performance individuale, 120.000,00 €, è almeno il 30% delle risorse variabili, 380.000,00 € (bloccante)
  [rispettato] CCNL 21.5.2018 art. 68 c.2 lett. a, b: i fondi per la performance organizzativa e individuale sono entrambi finanziati (avviso)
  [rispettato] CCNL 21.5.2018 art. 69: [pool individual] 30 beneficiari su 303; la maggiorazione più bassa, 118,81 €, è almeno il 30% del premio medio effettivo, 384,28 € (bloccante)
  [rispettato] D.Lgs. 150/2009 art. 18 c.2: [pool organizational] 322 percettori: gli importi seguono i punteggi (avviso)
  [rispettato] D.Lgs. 150/2009 art. 18 c.2: [pool individual] 303 percettori: gli importi seguono i punteggi (avviso)
  [rispettato] D.Lgs. 150/2009 art. 18 c.2: [pool dirigenti] 8 percettori: gli importi seguono i punteggi (avviso)
  [rispettato] D.Lgs. 150/2009 art. 9 c.3; D.Lgs. 151/2001; L. 104/1992: righe di assenze tutelate: 40; nessuna ha ridotto il fattore tempo (bloccante)

Avvisi
  - plan/indicators.csv: warning: indicator '80.1': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
  - plan/indicators.csv: warning: indicator '80.2': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
  - plan/indicators.csv: warning: indicator '80.3': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
  - plan/indicators.csv: warning: indicator '80.4': kind min does not use the baseline (only pp_increment and relative_change do); it is kept for the record
