# explain --objective, in English, of the scoring fixture's objective 7:
# two indicators scored by the evaluators' judgement (85 and 90, with their
# notes): (85 x 1 + 90 x 1) / 2 = 87.5.
#> copy fixtures/scoring .
#> setup $BIN run $DIR/run.ini --out $OUT >/dev/null 2>&1
#> args explain $OUT --objective 7 --lang en
#> code 0
#> stdout
How the achievement of objective 7 is computed
Ente: Comune di Prova (dati di test)
Year: 2020
Rules: rules.ini
Run folder: $OUT (written by pegaso VERSION)
Checked before explaining: the inputs have the SHA-256 of the manifest, and recomputing them gives indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, trace.csv byte for byte.
Rounding (half up): ratios, scores and means to 6 decimals, time factor to 9, points to 12, amounts to the cent.

Objective 7 "Qualità del presidio" (settore Polizia municipale; incentivized: yes; counts for pay: yes; weight 1)
  Indicator 7.1 (qualitative, weight 1)
    the evaluator's judgement: 85% (note: Giudizio del Nucleo: presidio migliorato)
    → score 85%
    verification: verifiche.csv line 16, written "85"
    evidence: verbale NdV 3/2021
    (rules [verification]; reference: D.Lgs. 150/2009 art. 8; SMVP)
  Indicator 7.2 (percent, weight 1)
    the evaluator's judgement: 90% (note: Rilevazione turni non attendibile: giudizio del Nucleo)
    → score 90%
    verification: verifiche.csv line 17, written "90"
    evidence: verbale NdV 3/2021
    (rules [verification]; reference: D.Lgs. 150/2009 art. 8; SMVP)
  achievement = weighted mean of the scores = (85 × 1 + 90 × 1) / 2 = 87.5% (indicators 7.1, 7.2)
  (rules [objective]; reference: D.Lgs. 150/2009 art. 8; SMVP)

It enters the achievements used for pay:
  sector = 77.5%: achievement of settore Polizia municipale over its incentivized objectives = (87.5 × 1 + 100 × 1 + 45 × 1) / 3 (objectives 7, 8, 10)
    (rules [objective]; reference: D.Lgs. 150/2009 art. 8; SMVP)
  ente = 66.805556%: achievement of the ente over the incentivized objectives = (92.5 × 1 + 43.75 × 2 + 55.555556 × 1 + 50 × 1 + 87.5 × 1 + 100 × 1 + 45 × 1 + 50 × 1 + 100 × 1) / 10 (objectives 1, 2, 4, 5, 7, 8, 10, 11, 13)
    (rules [objective]; reference: D.Lgs. 150/2009 art. 8; SMVP)
#> stderr
