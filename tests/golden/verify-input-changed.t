# One byte of an input changed (indicator 2.1: actual 50 -> 51): the input
# is named, and every output that changes with it, at its first differing
# line with both versions.
#> copy fixtures/mini-pay .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's/^2.1,2020,50,/2.1,2020,51,/' $DIR/verifiche.csv
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 1 of 9 inputs changed or missing, 10 of 12 files differ
#> stderr
$DIR/verifiche.csv: input changed since the run (its SHA-256 is not the one in $OUT/manifest:16)
$OUT/indicators.csv:4: differs from the reproduction (column 29)
$OUT/indicators.csv:4: note: run folder:   2.1,2,2020,count,,100,100,,50,measured,ratio,scoring,50,,50,no,1,yes,
$OUT/indicators.csv:4: note: reproduction: 2.1,2,2020,count,,100,100,,51,measured,ratio,scoring,51,,51,no,1,yes,
$OUT/manifest:16: differs from the reproduction (column 7)
$OUT/manifest:16: note: run folder:   input 893742517bc6e1ca9de9afb88c4ff6fc38870290e7576a2c1a443a08104c0856  verifiche.csv
$OUT/manifest:16: note: reproduction: input 176c6c16287cf7f2818f286492dfd97b33f256958533d91959b5a83c7f514207  verifiche.csv
$OUT/objectives.csv:3: differs from the reproduction (column 81)
$OUT/objectives.csv:3: note: run folder:   ...yes,1,scored,1,1,0,0,0,0,weighted_mean,50
$OUT/objectives.csv:3: note: reproduction: ...yes,1,scored,1,1,0,0,0,0,weighted_mean,51
$OUT/payouts.csv:2: differs from the reproduction (column 52)
$OUT/payouts.csv:2: note: run folder:   position,1,,organizational,C,Affari generali,yes,,68.75,87.5,87.5,90,80,87.5,87.5,0.9,1.12,100,0.882...
$OUT/payouts.csv:2: note: reproduction: position,1,,organizational,C,Affari generali,yes,,69.25,87.5,87.5,90,80,87.5,87.5,0.9,1.12,100,0.882...
$OUT/report.html:44: differs from the reproduction (column 46)
$OUT/report.html:44: note: run folder:   <div class="card">Grado di raggiungimento<b>68,75 %</b><span class="note">obiettivi incentivabili: 6...
$OUT/report.html:44: note: reproduction: <div class="card">Grado di raggiungimento<b>69,25 %</b><span class="note">obiettivi incentivabili: 6...
$OUT/report.xlsx:2: differs from the reproduction (column 878)
$OUT/report.xlsx:2: note: run folder:   ...!\xE7\xF2r\x19\xFC\xD1\xEBG\x1A\xC8M\x83_\x8FW\xC4\xA5\xFE\x19\xCFoVf\xF9\x0DPK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00\xA4\xA2\xD5\xAF\xF9\x03\x00\x00+\x12\x00\x00\x18\x00\x00\x00xl/worksheets/sheet1.xml\x95\x98]s\x9B8\x14\x86\xEF\xF7W0\xCC\xF42\x01\x01\xFE\xCA\xD8...
$OUT/report.xlsx:2: note: reproduction: ...!\xE7\xF2r\x19\xFC\xD1\xEBG\x1A\xC8M\x83_\x8FW\xC4\xA5\xFE\x19\xCFoVf\xF9\x0DPK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00)j\xE3\xC8\xFB\x03\x00\x00-\x12\x00\x00\x18\x00\x00\x00xl/worksheets/sheet1.xml\x95\x98]s\x9B8\x14\x86\xEF\xF7W0\xCC\xF42\x01\x01\xFE\xCA\xD8...
$OUT/sectors.csv:2: differs from the reproduction (column 12)
$OUT/sectors.csv:2: note: run folder:   ente,,2,2,68.75,2,68.75
$OUT/sectors.csv:2: note: reproduction: ente,,2,2,69.25,2,69.25
$OUT/summary.txt:13: differs from the reproduction (column 10)
$OUT/summary.txt:13: note: run folder:     Ente: 68,75 % / 68,75 %
$OUT/summary.txt:13: note: reproduction:   Ente: 69,25 % / 69,25 %
$OUT/trace.csv:6: differs from the reproduction (column 78)
$OUT/trace.csv:6: note: run folder:   ...0/2009 art. 8; SMVP,kind=count; actual=50; target=100,50
$OUT/trace.csv:6: note: reproduction: ...0/2009 art. 8; SMVP,kind=count; actual=51; target=100,51
$OUT/transparency.csv:15: differs from the reproduction (column 17)
$OUT/transparency.csv:15: note: run folder:   staff,,gini,0.2691
$OUT/transparency.csv:15: note: reproduction: staff,,gini,0.2678
