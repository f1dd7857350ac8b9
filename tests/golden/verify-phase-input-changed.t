# The phase verification file is an input like the others: a changed
# completion date (1.F2 done 10/7 -> 10/12, after its due date 30/9:
# late, score 0) is named, with the outputs it changes.
#> copy fixtures/mini-phases .
#> setup $BIN run $DIR/run.ini >/dev/null && sed -i 's/^1.F2,2020,2020-07-10/1.F2,2020,2020-12-10/' $DIR/fasi.csv
#> args verify $OUT
#> code 6
#> stdout
pegaso: $OUT does not verify: 1 of 7 inputs changed or missing, 9 of 10 files differ
#> stderr
$DIR/fasi.csv: input changed since the run (its SHA-256 is not the one in $OUT/manifest:18)
$OUT/indicators.csv:3: differs from the reproduction (column 30)
$OUT/indicators.csv:3: note: run folder:   1.2,1,2020,phases,,100,100%,,66.666667,measured,phases_on_time,scoring,66.666667,,66.666667,no,1,yes...
$OUT/indicators.csv:3: note: reproduction: 1.2,1,2020,phases,,100,100%,,33.333333,measured,phases_on_time,scoring,33.333333,,33.333333,no,1,yes...
$OUT/manifest:18: differs from the reproduction (column 7)
$OUT/manifest:18: note: run folder:   input 00b7b362f159213fdf7eee55868e031d1d004fdc8b05759bde1c727b1ceffb04  fasi.csv
$OUT/manifest:18: note: reproduction: input 5c5ffe7fd0fa129063e9c7239dd2173fcc1898aea6d0309468968f8febc04fa4  fasi.csv
$OUT/objectives.csv:2: differs from the reproduction (column 85)
$OUT/objectives.csv:2: note: run folder:   ...,yes,1,scored,2,2,0,0,0,0,weighted_mean,70.833334
$OUT/objectives.csv:2: note: reproduction: ...,yes,1,scored,2,2,0,0,0,0,weighted_mean,54.166667
$OUT/phases.csv:3: differs from the reproduction (column 74)
$OUT/phases.csv:3: note: run folder:   ...zione,2020,q2: X; q3: X,2020-09-30,2020-07-10,done,on_time,,100,
$OUT/phases.csv:3: note: reproduction: ...zione,2020,q2: X; q3: X,2020-09-30,2020-12-10,done,late,71,0,
$OUT/report.html:40: differs from the reproduction (column 45)
$OUT/report.html:40: note: run folder:   <div class="card">Grado di raggiungimento<b>60,42 %</b><span class="note">obiettivi incentivabili: 7...
$OUT/report.html:40: note: reproduction: <div class="card">Grado di raggiungimento<b>52,08 %</b><span class="note">obiettivi incentivabili: 5...
$OUT/report.xlsx:4: differs from the reproduction (column 72)
$OUT/report.xlsx:4: note: run folder:   ...\x17r,O\x97\xC9\x7F\xFBpK\x03\xF14\xC4%pF\x9C\xEA\x9F\xF1\xF2b1T\xDFPK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00\xD88\x1F4*\x04\x00\x00\xA6\x12\x00\x00\x18\x00\x00\x00xl/worksheets/sheet1.xml\x95\x98]s\x9B8\x14\x86\xEF\xF7Wh\x98\xD9\xBB\xACA\x80\xB1\x93\xB1...
$OUT/report.xlsx:4: note: reproduction: ...\x17r,O\x97\xC9\x7F\xFBpK\x03\xF14\xC4%pF\x9C\xEA\x9F\xF1\xF2b1T\xDFPK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00\xAE;0\x96'\x04\x00\x00\xA6\x12\x00\x00\x18\x00\x00\x00xl/worksheets/sheet1.xml\x95\x98[s\xDB(\x18\x86\xEF\xF7W0\x9A\xD9\xBB]KH\xF2!...
$OUT/sectors.csv:2: differs from the reproduction (column 11)
$OUT/sectors.csv:2: note: run folder:   ente,,2,2,60.416667,1,70.833334
$OUT/sectors.csv:2: note: reproduction: ente,,2,2,52.083334,1,54.166667
$OUT/summary.txt:13: differs from the reproduction (column 9)
$OUT/summary.txt:13: note: run folder:     Ente: 60,42 % / 70,83 %
$OUT/summary.txt:13: note: reproduction:   Ente: 52,08 % / 54,17 %
$OUT/trace.csv:4: differs from the reproduction (column 144)
$OUT/trace.csv:4: note: run folder:   ...2020-03-15 = 100; 1.F2: due 2020-09-30, on_time 2020-07-10 = 100; 1.F3: due 2020-12-31, not_done = 0...
$OUT/trace.csv:4: note: reproduction: ...2020-03-15 = 100; 1.F2: due 2020-09-30, late 2020-12-10 = 0; 1.F3: due 2020-12-31, not_done = 0",33....
