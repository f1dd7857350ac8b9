# explain --indicator, in English: 1.1 = 100 x 60 / 80 = 75.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT --indicator 1.1 --lang en
#> code 0
#> stdout
How the score of indicator 1.1 is computed
Ente: Comune minimo
Year: 2020
Rules: rules.ini
Run folder: $OUT (written by pegaso VERSION)
Checked before explaining: the inputs have the SHA-256 of the manifest, and recomputing them gives indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, payouts.csv, transparency.csv, trace.csv byte for byte.
Rounding (half up): ratios, scores and means to 6 decimals, time factor to 9, points to 12, amounts to the cent.

Indicator 1.1 (percent, weight 1)
  actual 60, target 80
  achievement ratio = 100 × actual / target = 75%
  function ratio: the score is the ratio (cap 100%, floor 0%)
  → score 75%
  verification: verifiche.csv line 2, written "60%"
  (rules [scoring]; reference: D.Lgs. 150/2009 art. 8; SMVP)

It enters objective 1 with weight 1; the objective's achievement: 87.5% (pegaso explain --objective 1).
#> stderr
