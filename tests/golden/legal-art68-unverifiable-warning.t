# The art. 68 c.3 check at level warning without the variable resources: the run goes on and says the check was not made.
#> copy fixtures/mini-pay .
#> copy fixtures/bad/legal-art68-no-variable .
#> setup printf '[legal]\nart68_c3 = warning\n' >> $DIR/rules.ini
#> args run $DIR/run.ini --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  2 objectives, 3 indicators, ente achievement 68.75%
#> stderr
pegaso: warning: legal check not verifiable: [fund] has no variable_resources (CCNL 21.5.2018 art. 68 c.3)
