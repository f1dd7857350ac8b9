# A problem the distribution finds in a scenario's value names the override and the scenario.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set 'pool individual.score=behaviour:70, merit:30' --out $OUT
#> code 3
#> stderr
--set: scenario 'set': [pool individual] score names component 'merit', which is neither ente, sector, objectives nor a component of evaluations.csv
