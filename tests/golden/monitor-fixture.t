# Monitoring the smallest plan with phases on 5 January 2021: 1.F3 ("Delibera
# G.C." in q4, due 2020-12-31) is not done, 5 days overdue, and 1.2 (kind
# phases, due at year end) with it; 1.1, 2.1 (verified, due at year end),
# 1.F1 (done 2020-03-15, due 03-31) and 1.F2 (done 07-10, due 09-30) are
# on time.  The run file names no staff: monitoring never needs it.
#> args monitor fixtures/mini-phases/run.ini --at 05/01/2021 --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  at 2021-01-05, 2 objectives: 1 behind schedule, 0 with verifications missing, 0 ahead, 1 on track, 0 not measurable
#> outfile objectives.csv
objective_id,sector,title,trend,indicators,phases,on_time,late,not_done,missing,not_yet_due,neutralized,ahead,phases_not_scheduled,next_due,to_chase
1,Affari generali,Archivio digitale,behind,2,3,3,0,2,0,0,0,0,0,,"1.2 not_done (due 2020-12-31, 5 days); 1.F3 not_done (due 2020-12-31, 5 days)"
2,Polizia municipale,Controlli,on_track,1,0,1,0,0,0,0,0,0,0,,
#> outfile summary.txt
pegaso - monitoraggio del piano

Ente: Comune minimo
Anno: 2020
Data del monitoraggio: 05/01/2021
Regole: rules.ini
Motore: pegaso VERSION

Stato del piano al 05/01/2021
  Obiettivi: 2 (in ritardo 1, verifiche mancanti 0, in anticipo 0, in linea 1, non misurabili 0)
  Indicatori 2020: 3 (verificati nei tempi 2, svolti in ritardo 0, scaduti e non svolti 1, scaduti senza verifica 0, non ancora scaduti 0, neutralizzati 0)
  Fasi 2020: 3 (nei tempi 2, in ritardo 0, non svolte 1, senza verifica 0, non ancora scadute 0, neutralizzate 0)
  Fasi non programmate nell'anno: 0

Per settore
  Settore Affari generali: in ritardo; obiettivi 1 (in ritardo 1, verifiche mancanti 0, in anticipo 0, in linea 0, non misurabili 0)
  Settore Polizia municipale: in linea; obiettivi 1 (in ritardo 0, verifiche mancanti 0, in anticipo 0, in linea 1, non misurabili 0)

Cosa manca (obiettivi in ritardo o con verifiche mancanti)
  1 (Settore Affari generali), in ritardo: indicatore 1.2 (scadenza 31/12/2020) non completato, 5 giorni di ritardo; fase 1.F3 (scadenza 31/12/2020) non completata, 5 giorni di ritardo
