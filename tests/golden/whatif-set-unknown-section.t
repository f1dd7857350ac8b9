# A section the rules do not know is an error, as in the file.
#> copy fixtures/mini-pay .
#> args whatif $DIR/run.ini --set 'poll individual.threshold=65' --out $OUT
#> code 3
#> stderr
--set: unknown section [poll individual] (expected [scoring], [kind NAME], [objective], [areas], [area_map], [absences], [pool NAME], [legal] or [transparency])
