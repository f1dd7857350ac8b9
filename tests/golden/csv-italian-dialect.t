# Semicolon files use the decimal comma and the point for thousands.
#> copy fixtures/mini .
#> args run $DIR/run.ini --out $OUT
#> code 0
#> file plan/indicators.csv
objective_id;indicator_id;year;kind;target;baseline;weight
1;1.1;2020;percent;80,0%;;1
1;1.2;2020;deadline;30/06/2020;;1
2;2.1;2020;count;1.200;;1
#> file verifiche.csv
indicator_id;year;actual;status;note
1.1;2020;60,00%;;
1.2;2020;2020-06-30;;
2.1;2020;600;;
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
