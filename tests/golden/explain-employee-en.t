# explain, in English, of employee 4 of the pay fixture: two positions (a:
# 200 days in Affari generali, b: 166 days in Polizia municipale), worked
# out by hand:
#   objectives = (87.5 x 1 + 50 x 1) / 2 = 68.75 for both positions
#   time factors 200/366 = 0.546448087 and 166/366 = 0.453551913
#   organizational points: 1.12 x 0.546448087 x 68.75% = 0.42076502699
#     and 1.12 x 0.453551913 x 68.75% = 0.34923497301 (sum 0.77)
#     quotas of 1000.00 over 2.4395 points: 172.480027... -> 172.48 and
#     143.158423... -> 143.15 + 1 leftover cent = 143.16; 315.64 in all
#   individual: score 85 x 70% + 85 x 30% = 85 -> 200%; points 1.12 x
#     0.546448087 x 200% = 1.22404371488 and 1.01595628512; quotas of
#     600.00 over 5.156 points: 142.441083... -> 142.44 and 118.226099...
#     -> 118.22 + the one leftover cent = 118.23; 260.67 in all
#   total 315.64 + 260.67 = 576.31
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null
#> args explain $OUT 4 --lang en
#> code 0
#> stdout
How the pay of employee 4 is computed
Ente: Comune minimo
Year: 2020
Rules: rules.ini
Run folder: $OUT (written by pegaso VERSION)
Checked before explaining: the inputs have the SHA-256 of the manifest, and recomputing them gives indicators.csv, objectives.csv, sectors.csv, phases.csv, multiyear.csv, payouts.csv, transparency.csv, trace.csv byte for byte.
Rounding (half up): ratios, scores and means to 6 decimals, time factor to 9, points to 12, amounts to the cent.

Total: EUR 576.31
  pool organizational: EUR 315.64
  pool individual: EUR 260.67

1. Assigned objectives (assignments.csv) and their indicators
  Objective 1 "Archivio digitale" (settore Affari generali; incentivized: yes; counts for pay: yes; weight 1)
    Indicator 1.1 (percent, weight 1)
      actual 60, target 80
      achievement ratio = 100 × actual / target = 75%
      function ratio: the score is the ratio (cap 100%, floor 0%)
      → score 75%
      verification: verifiche.csv line 2, written "60%"
      (rules [scoring]; reference: D.Lgs. 150/2009 art. 8; SMVP)
    Indicator 1.2 (deadline, weight 1)
      done on 2020-06-30, due 2020-06-30, grace 0 days: days late 0
      function on_time: 100 when done by the due date plus grace, else 0
      → score 100%
      verification: verifiche.csv line 3, written "2020-06-30"
      (rules [scoring]; reference: D.Lgs. 150/2009 art. 8; SMVP)
    achievement = weighted mean of the scores = (75 × 1 + 100 × 1) / 2 = 87.5% (indicators 1.1, 1.2)
    (rules [objective]; reference: D.Lgs. 150/2009 art. 8; SMVP)
  Objective 2 "Controlli" (settore Polizia municipale; incentivized: yes; counts for pay: yes; weight 1)
    Indicator 2.1 (count, weight 1)
      actual 50, target 100
      achievement ratio = 100 × actual / target = 50%
      function ratio: the score is the ratio (cap 100%, floor 0%)
      → score 50%
      verification: verifiche.csv line 4, written "50"
      (rules [scoring]; reference: D.Lgs. 150/2009 art. 8; SMVP)
    achievement = weighted mean of the scores = (50 × 1) / 1 = 50% (indicators 2.1)
    (rules [objective]; reference: D.Lgs. 150/2009 art. 8; SMVP)

2. Score components
  Position a: settore Affari generali, area C, 200 days in service
    objectives = 68.75%: mean of the assigned objectives, weighted as in assignments.csv = (87.5 × 1 + 50 × 1) / 2 (objectives 1, 2)
      (rules [objective]; reference: D.Lgs. 150/2009 art. 8; SMVP)
    behaviour = 85: individual evaluation (evaluations.csv line 8)
    contribution = 85: individual evaluation (evaluations.csv line 9)
  Position b: settore Polizia municipale, area C, 166 days in service
    objectives = 68.75%: mean of the assigned objectives, weighted as in assignments.csv = (87.5 × 1 + 50 × 1) / 2 (objectives 1, 2)
      (rules [objective]; reference: D.Lgs. 150/2009 art. 8; SMVP)
    behaviour = 85: individual evaluation (evaluations.csv line 8)
    contribution = 85: individual evaluation (evaluations.csv line 9)

3. Pool organizational: EUR 315.64
  CCNL 21.5.2018 art. 68 c.2 lett. a; split in proportion to points (mode = share)
  Position a
    score = objectives 68.75 × 100% = 68.75
    factor = score = 68.75% (curve linear)
      (rules [pool organizational]; reference: CCNL 21.5.2018 art. 68 c.2 lett. a)
    time factor = part time × (days in service − reducing absence days) / days in the year
      = 100% × 200 / 366 = 0.546448087
      (rules [pool organizational] [absences]; reference: CCNL 21.5.2018 art. 68; contratto integrativo)
    eligible in the pool
    points = parameter × time factor × factor × convention share
      = 1.12 (area C) × 0.546448087 × 68.75% × 100% = 0.42076502699
      (rules [areas] [pool organizational]; reference: CCNL 21.5.2018 art. 68 c.2 lett. a)
    quota = amount to split × points / points of every eligible position
      = EUR 1,000.00 × 0.42076502699 / 2.4395 = EUR 172.48002746...
      (5 positions are eligible in the pool)
    cents: each gets the whole part (here EUR 172.48); cents left over: 3, one each to the largest remainders (equal remainders by employee_id); this position's remainder: 0.002746... cents, it receives none → EUR 172.48
      (rules [pool organizational]; reference: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  Position b
    score = objectives 68.75 × 100% = 68.75
    factor = score = 68.75% (curve linear)
      (rules [pool organizational]; reference: CCNL 21.5.2018 art. 68 c.2 lett. a)
    time factor = part time × (days in service − reducing absence days) / days in the year
      = 100% × 166 / 366 = 0.453551913
      (rules [pool organizational] [absences]; reference: CCNL 21.5.2018 art. 68; contratto integrativo)
    eligible in the pool
    points = parameter × time factor × factor × convention share
      = 1.12 (area C) × 0.453551913 × 68.75% × 100% = 0.34923497301
      (rules [areas] [pool organizational]; reference: CCNL 21.5.2018 art. 68 c.2 lett. a)
    quota = amount to split × points / points of every eligible position
      = EUR 1,000.00 × 0.34923497301 / 2.4395 = EUR 143.15842304...
      (5 positions are eligible in the pool)
    cents: each gets the whole part (here EUR 143.15); cents left over: 3, one each to the largest remainders (equal remainders by employee_id); this position's remainder: 0.842304... cents, it receives one → EUR 143.16
      (rules [pool organizational]; reference: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  total in pool organizational: EUR 315.64

4. Pool individual: EUR 260.67
  CCNL 21.5.2018 art. 68 c.2 lett. b; split in proportion to points (mode = share)
  Position a
    score = behaviour 85 × 70% + contribution 85 × 30% = 85
    factor = 200%: band [80, 100] of the curve bands 0-60:0, 60-70:100, 70-80:150, 80-100:200
    eligibility threshold 60: reached
      (rules [pool individual]; reference: CCNL 21.5.2018 art. 68 c.2 lett. b)
    time factor = part time × (days in service − reducing absence days) / days in the year
      = 100% × 200 / 366 = 0.546448087
      (rules [pool individual] [absences]; reference: CCNL 21.5.2018 art. 68; contratto integrativo)
    eligible in the pool
    points = parameter × time factor × factor × convention share
      = 1.12 (area C) × 0.546448087 × 200% × 100% = 1.22404371488
      (rules [areas] [pool individual]; reference: CCNL 21.5.2018 art. 68 c.2 lett. b)
    quota = amount to split × points / points of every eligible position
      = EUR 600.00 × 1.22404371488 / 5.156 = EUR 142.44108396...
      (4 positions are eligible in the pool)
    cents: each gets the whole part (here EUR 142.44); cents left over: 1, one each to the largest remainders (equal remainders by employee_id); this position's remainder: 0.108396... cents, it receives none → EUR 142.44
      (rules [pool individual]; reference: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  Position b
    score = behaviour 85 × 70% + contribution 85 × 30% = 85
    factor = 200%: band [80, 100] of the curve bands 0-60:0, 60-70:100, 70-80:150, 80-100:200
    eligibility threshold 60: reached
      (rules [pool individual]; reference: CCNL 21.5.2018 art. 68 c.2 lett. b)
    time factor = part time × (days in service − reducing absence days) / days in the year
      = 100% × 166 / 366 = 0.453551913
      (rules [pool individual] [absences]; reference: CCNL 21.5.2018 art. 68; contratto integrativo)
    eligible in the pool
    points = parameter × time factor × factor × convention share
      = 1.12 (area C) × 0.453551913 × 200% × 100% = 1.01595628512
      (rules [areas] [pool individual]; reference: CCNL 21.5.2018 art. 68 c.2 lett. b)
    quota = amount to split × points / points of every eligible position
      = EUR 600.00 × 1.01595628512 / 5.156 = EUR 118.22609989...
      (4 positions are eligible in the pool)
    cents: each gets the whole part (here EUR 118.22); cents left over: 1, one each to the largest remainders (equal remainders by employee_id); this position's remainder: 0.609989... cents, it receives one → EUR 118.23
      (rules [pool individual]; reference: rules/README.md, distribution step 5: largest remainder, ties by employee_id)
  total in pool individual: EUR 260.67

Total: EUR 315.64 + EUR 260.67 = EUR 576.31
#> stderr
