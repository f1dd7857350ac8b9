# The real PEG of Sesto Fiorentino 2020 (82 cards), the user's own input:
# the report of every ambiguity, the objectives and every indicator.
#> args import fixtures/peg-sesto-2020/peg.txt --out $OUT
#> code 0
#> stdout
pegaso: wrote $OUT
  82 objectives, 236 indicators, 412 phases (plan year 2020)
  import-report.csv: 44 lines need a human, 145 notes
#> outfile import-report.csv
line,card,field,found,assumed,severity
,,plan year,2020 in the verification columns of 83 of 83 indicator tables,plan year 2020 (pegaso import --year sets another),info
6,1,anagrafica,AFFARI GENERALI | AFFARI LEGALI | Sindaco | Avv. Franco Zucchermaglio,"the values stand one cell right of their labels: read shifted (settore 'AFFARI GENERALI', dirigente 'Avv. Franco Zucchermaglio'); RESPONSABILE not given",info
22,1,target,100%,percent 100: the description states a quantity ('30%'): the target is kept as written (100%),info
23,1,target,100%,percent 100: the description states a quantity ('n. 100'): the target is kept as written (100%),info
24,1,target,100%,percent 100: the description states a quantity ('40%'): the target is kept as written (100%),info
30,2,incentivized,SCHEDA OBIETTIVO GESTIONALE n. 2,unknown: the card has no 'obiettivo incentivabile' line,needs_human
50,2,target,rispetto della tempistica,qualitative: free text with no measurable target,needs_human
52,3,incentivized,SCHEDA OBIETTIVO GESTIONALE n. 3,unknown: the card has no 'obiettivo incentivabile' line,needs_human
69,3,phase,x,marks on a row with no description: added to the phase at line 68,info
72,3,target,sottoscrizione contratti di assegnazione in funzione del numero degli orti disponibili,"qualitative: free text with no measurable target; the target continues on the row(s) below, up to line 73",needs_human
73,3,row,di assegnazione in funzione del numero degli orti disponibili,the target of line 72 continues here: read with it,info
95,4,target,Approvazione atti di indirizzo dell'A.C. entro le tempistiche individuate,qualitative: 'entro' without a date: no measurable target,needs_human
97,4,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | Sì | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
100,5,incentivized,SCHEDA OBIETTIVO GESTIONALE n. 5,unknown: the card has no 'obiettivo incentivabile' line,needs_human
122,6,incentivized,SCHEDA OBIETTIVO GESTIONALE n. 6,unknown: the card has no 'obiettivo incentivabile' line,needs_human
125,6,anagrafica,AFFARI GENERALI | GARE | Massimiliano Kalmeta | FRANCO ZUCCHERMAGLIO,"the values stand one cell right of their labels: read shifted (settore 'AFFARI GENERALI', dirigente 'FRANCO ZUCCHERMAGLIO'); RESPONSABILE not given",info
140,6,target,numero gare cuc,qualitative: free text with no measurable target,needs_human
142,7,incentivized,SCHEDA OBIETTIVO GESTIONALE n. 7,unknown: the card has no 'obiettivo incentivabile' line,needs_human
153,7,note,Garantire trasparenza e legalità negli appalti pubblici estendendo i controlli antimafia sulle imprese appaltatrici e sui subappaltatori in adempimento del protocollo sottoscritto con la Prefettur...,a text line: not part of the plan,info
164,7,row,NOTA le fasi evidenziate in azzurro sono state modificate di concerto con Assessroe Kalmeta e Dirigente al fine di non legare il raggiungimento dell'obiettivo ad attività che non sono di competenz...,a group sub-heading or a note in the indicator table: not an indicator,info
219,10,anagrafica,"Affari generali | Politiche per la casa, i giovani e le famiglie | Assessorato alle Politiche per la casa | Avv. Franco Zucchermaglio","the values stand one cell right of their labels: read shifted (settore 'Affari generali', dirigente 'Avv. Franco Zucchermaglio'); RESPONSABILE not given",info
301,12,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | xno,no: the X marks 'no',info
334,13,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | sì | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
357,14,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
385,15,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
486,19,target,15:09:20,deadline 2020-09-15: written like a time (a spreadsheet turned the date into hh:mm:ss),info
490,19,incentivized,"Obiettivo incentivabile ex art. 67 CCNL 2018 | si | Se ne propone la valutazione come progetto ex art. 67 . Si ritiene che si tratti di un obiettivo incentivabile in quanto sfidante, importante e a...",yes: a comment next to it is ignored,info
496,20,anagrafica,POLITICHE EDUCATIVE CULTURALI E SPORTIVE | SCOLASTICO E SPORTIVO | SILVIA BICCHI | FRANCO ZUCCHERMAGLIO,"the values stand one cell right of their labels: read shifted (settore 'POLITICHE EDUCATIVE CULTURALI E SPORTIVE', dirigente 'FRANCO ZUCCHERMAGLIO'); RESPONSABILE not given",info
518,20,target,set-19,deadline 2019-09-30: the deadline 2019-09-30 is before the plan year 2020,info
520,20,incentivized,"Obiettivo incentivabile ex art. 67 CCNL 2018 | SI | Se ne propone la valutazione come progetto ex art. 67 . Si ritiene che si tratti di un obiettivo incentivabile in quanto sfidante, importante e a...",yes: a comment next to it is ignored,info
544,21,incentivized,"Obiettivo incentivabile ex art. 67 CCNL 2018 | SI | Se ne propone la valutazione come progetto ex art. 67 . Si ritiene che si tratti di un obiettivo incentivabile in quanto sfidante, importante e a...",yes: a comment next to it is ignored,info
565,22,target,30-giu-19,deadline 2019-06-30: the deadline 2019-06-30 is before the plan year 2020,info
596,23,incentivized,"Obiettivo incentivabile ex art. 67 CCNL 2018 | SI | Se ne propone la valutazione come progetto ex art. 67 . Si ritiene che si tratti di un obiettivo incentivabile in quanto sfidante, importante e a...",yes: a comment next to it is ignored,info
631,24,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018,unknown: no answer after the label,needs_human
634,24,note,Monitoraggio al 30.06.2020:,a line after the card: not part of the plan,info
654,25,phase,Ricaduta del percorso formativo nella progettazione educativa dei servizi 0-3 del Comune di Sesto Fiorentino: inserimento della lettura ad alta voce nella programmazione educativa. | X | X,the SETTORE cell holds only a mark 'X': kept as written (perhaps a mark of the quarter beside it),info
665,25,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018,unknown: no answer after the label,needs_human
667,25,note,Monitoraggio al 30.06.2020:,a line after the card: not part of the plan,info
688,26,target,,qualitative: no target written,needs_human
689,26,target,,qualitative: no target written,needs_human
690,26,target,,qualitative: no target written,needs_human
691,26,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018,unknown: no answer after the label,needs_human
693,26,note,Monitoraggio al 30.06.2020:,a line after the card: not part of the plan,info
719,27,target,,qualitative: no target written,needs_human
720,27,target,,qualitative: no target written,needs_human
721,27,target,,qualitative: no target written,needs_human
722,27,target,,qualitative: no target written,needs_human
724,27,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018,unknown: no answer after the label,needs_human
727,27,note,Monitoraggio al 30.06.2019: L'obiettivo è in linea,a line after the card: not part of the plan,info
824,31,target,,qualitative: no target written,needs_human
825,31,target,tempo di predisposizione di un servizio online inferiore a 30 giorni,max 29: a strict upper bound on a whole number: less than 30 is at most 29,info
877,33,target,predisposizione delle informazioni necessarie a procedere con la digitalizzazione,qualitative: free text with no measurable target,needs_human
878,33,target,digitalizzazione di almeno un servizio,min 1: a number written in words,info
879,33,target,predisposizione delle informazioni necessarie a procedere con la digitalizzazione,qualitative: free text with no measurable target,needs_human
906,34,target,Avvio del processo di dematerializzazione entro il 31/12/2020 (il processo deve prevedere il suo termine entro il primo bimestre 2021),deadline 2020-12-31: several dates: the first is the deadline,info
932,35,target,100%,"phases 100: the description asks for the timing of the card's 4 phases: kind phases (the share of them done on time, measured from the phase verifications)",info
955,36,target,100%,"phases 100: the description asks for the timing of the card's 3 phases: kind phases (the share of them done on time, measured from the phase verifications)",info
991,37,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
1015,38,row,RISULTATO,a placeholder row with only a tipologia: not an indicator,info
1016,38,row,RISULTATO,a placeholder row with only a tipologia: not an indicator,info
1018,38,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
1043,39,row,RISULTATO,a placeholder row with only a tipologia: not an indicator,info
1044,39,row,RISULTATO,a placeholder row with only a tipologia: not an indicator,info
1046,39,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
1071,40,target,50% ENTRO LUGLIO 2020,percent 50; deadline 2020-07-31: a quantity and a date in one cell: two targets,info
1179,44,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
1182,44,note,* Vincolato alla volontà dell'organo politico di approvare le modifiche al Regolamento nelle tempistiche indicate,a line after the card: not part of the plan,info
1208,45,target,> 5,min 6: a strict lower bound on a whole number: more than 5 is at least 6,info
1212,45,row,***Nota: la completa realizzazione dell'obiettivo è vincolata al rispetto delle tempistiche da parte due società e degli altri enti soci coinvolti**,a group sub-heading or a note in the indicator table: not an indicator,info
1214,45,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no,unknown: both 'si' and 'no' are written and neither is marked: undecided,needs_human
1236,46,target,1,"count 1: column 'VERIFICA 2020' holds '1' at plan time: a planned value or a note, not a result; not imported",info
1239,46,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | Obiettivo incentivabile ex art. 67 CCNL 2018,unknown: no answer after the label; the label is written twice,needs_human
1242,47,incentivized,SCHEDA OBIETTIVO GESTIONALE n. 47,unknown: the card has no 'obiettivo incentivabile' line,needs_human
1265,48,incentivized,SCHEDA OBIETTIVO GESTIONALE n. 48,unknown: the card has no 'obiettivo incentivabile' line,needs_human
1291,48,row,Processo,a placeholder row with only a tipologia: not an indicator,info
1292,48,target,stabile rispetto al 2019*,qualitative: a target relative to an unstated value (it needs a baseline),needs_human
1295,48,row,"**come segnalato nella scheda 2019, il risultato si è rivelato in linea con le attese di aumento del 10%, risultato esplicitato insede di verifica, ma si ritiene non si possa ipotizzare per il fut...",a group sub-heading or a note in the indicator table: not an indicator,info
1297,48,row,MEDESIMO OBIETTIVO CODICE A2 INFRASTRUTTURE AMBIENTE,a group sub-heading or a note in the indicator table: not an indicator,info
1352,50,target,Svolgimento di una sessione di formazione settimanale per 8/15 persone su prenotazione da partire da febbraio 2020 in via sperimentale per tre mesi,qualitative: several numbers and no single target,needs_human
1374,51,target,Almeno il 50 % delle procedure gestite entro gennaio 2020,min 50; deadline 2020-01-31: a quantity and a date in one cell: two targets,info
1427,53,target,Entro gennaio 2020 recupero del 100 % delle informazioni e documenti,percent 100; deadline 2020-01-31: a quantity and a date in one cell: two targets,info
1428,53,target,Entro febbraio 2020 formazione di almeno 14 persone,min 14; deadline 2020-02-29: a quantity and a date in one cell: two targets,info
1481,55,incentivized,Incentivato:,"yes: read as written; the answer is on line 1483, below the label",info
1509,56,incentivized,Incentivato:,"no: read as written; the answer is on line 1511, below the label",info
1534,57,target,,qualitative: no target written,needs_human
1595,59,target,Redazione bando/procedure di scelta del contraente,deadline 2020-06-30: the target cell has nothing measurable: the planned value 'Giugno 2020' in column 'VERIFICA 2020' is used,info
1596,59,target,Stipula contratto,deadline 2020-09-30: the target cell has nothing measurable: the planned value 'Settembre 2020' in column 'VERIFICA 2020' is used,info
1597,59,target,Esecuzione del primo lotto previsto,deadline 2020-12-31: the target cell has nothing measurable: the planned value 'Dicembre 2020' in column 'VERIFICA 2020' is used,info
1598,59,target,importazione dati su gestionale,deadline 2020-12-31: the target cell has nothing measurable: the planned value 'Dicembre 2020' in column 'VERIFICA 2020' is used,info
1628,60,target,100 pratiche,"count 100: column 'VERIFICA 2020' holds '100%' at plan time: a planned value or a note, not a result; not imported",info
1629,60,target,SI,"boolean yes: column 'VERIFICA 2020' holds 'febbraio' at plan time: a planned value or a note, not a result; not imported",info
1630,60,target,SI,"boolean yes: column 'VERIFICA 2020' holds 'marzo' at plan time: a planned value or a note, not a result; not imported",info
1631,60,target,50 pratiche,"count 50: column 'VERIFICA 2020' holds '50%' at plan time: a planned value or a note, not a result; not imported",info
1632,60,target,50 pratiche,"count 50: column 'VERIFICA 2020' holds '50%' at plan time: a planned value or a note, not a result; not imported",info
1633,60,target,SI,"boolean yes: column 'VERIFICA 2020' holds 'dicembre' at plan time: a planned value or a note, not a result; not imported",info
1638,63,card number,SCHEDA OBIETTIVO GESTIONALE n. 63,cards 61 to 62 are missing (between 60 and 63),info
1665,63,note,Scuola De Amicis- Miglioramento sismico,a text line: not part of the plan,info
1673,63,note,FASE DA,a text line: not part of the plan,info
1674,63,note,ESPLETARE NEL,a text line: not part of the plan,info
1675,63,note,PLURIENNALE,a text line: not part of the plan,info
1682,63,row,Scuola Balducci - Scuola Radice_ Miglioramento sismico,a group sub-heading or a note in the indicator table: not an indicator,info
1684,63,target,entro 30/06/2019,deadline 2019-06-30: the deadline 2019-06-30 is before the plan year 2020,info
1685,63,target,entro 20/08/2019,deadline 2019-08-20: the deadline 2019-08-20 is before the plan year 2020,info
1690,63,row,Scuola De Amicis_ Miglioramento sismico,a group sub-heading or a note in the indicator table: not an indicator,info
1692,63,target,entro 31/03/2019,deadline 2019-03-31: the deadline 2019-03-31 is before the plan year 2020,info
1693,63,target,entro 30/05/2019,deadline 2019-05-30: the deadline 2019-05-30 is before the plan year 2020,info
1696,63,target,entro 31/03/2021,deadline 2021-03-31 (for 2021): the deadline 2021-03-31 falls in 2021: the target is for 2021,info
1698,63,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
1726,64,note,FASE DA,a text line: not part of the plan,info
1727,64,note,ESPLETARE NEL,a text line: not part of the plan,info
1728,64,note,PLURIENNALE,a text line: not part of the plan,info
1730,64,phase columns,Collaudo | Infrastrutture e Ambiente | FASE DA ESPLETARE NEL PLURIENNALE,marks in columns that are not quarters of 2020 are kept in 'other' with their label,info
1736,64,row,Scuola Pescetti - Miglioramento sismico_I Lotto,a group sub-heading or a note in the indicator table: not an indicator,info
1737,64,target,entro 31/03/2019,deadline 2019-03-31: the deadline 2019-03-31 is before the plan year 2020,info
1738,64,target,entro 30/06/2019,deadline 2019-06-30: the deadline 2019-06-30 is before the plan year 2020,info
1739,64,target,entro 31/12/2019,deadline 2019-12-31: the deadline 2019-12-31 is before the plan year 2020,info
1741,64,row,Scuola Pescetti II Lotto - Scuola Radice - Scuola De Amicis_Miglioramento sismico,a group sub-heading or a note in the indicator table: not an indicator,info
1742,64,target,entro 30/06/2019,deadline 2019-06-30: the deadline 2019-06-30 is before the plan year 2020,info
1743,64,target,entro 20/08/2019,deadline 2019-08-20: the deadline 2019-08-20 is before the plan year 2020,info
1745,64,target,entro 31/12/2021,deadline 2021-12-31 (for 2021): the deadline 2021-12-31 falls in 2021: the target is for 2021,info
1746,64,target,entro 31/03/2022,deadline 2022-03-31 (for 2022): the deadline 2022-03-31 falls in 2022: the target is for 2022,info
1748,64,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
1771,65,phase columns,"Fine dei lavori LottoLotto 1.2 e 1,5 - via di Limite | Infrastrutture e Ambiente/ Comune di Campi Bisenzio | Fase pluriennale",marks in columns that are not quarters of 2020 are kept in 'other' with their label,info
1786,65,row,Bando periferie,a group sub-heading or a note in the indicator table: not an indicator,info
1787,65,target,entro 30/06/2019,deadline 2019-06-30: the deadline 2019-06-30 is before the plan year 2020,info
1791,65,row,ADP Piste ciclabili,a group sub-heading or a note in the indicator table: not an indicator,info
1792,65,target,entro 31/03/2019,deadline 2019-03-31: the deadline 2019-03-31 is before the plan year 2020,info
1793,65,target,entro 30/06/2019,deadline 2019-06-30: the deadline 2019-06-30 is before the plan year 2020,info
1794,65,target,entro 30/09/2019,deadline 2019-09-30: the deadline 2019-09-30 is before the plan year 2020,info
1798,65,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
1814,66,indicators,INDICATORI DI PERFORMANCE,a heading with no indicator table under it: the rows below are read as phases,info
1823,66,target,entro 31/03/2019,deadline 2019-03-31: the deadline 2019-03-31 is before the plan year 2020,info
1824,66,target,entro 31/12/2019,deadline 2019-12-31: the deadline 2019-12-31 is before the plan year 2020,info
1829,66,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no | X,no: the X marks 'no',info
1850,67,phase columns,Fine lavori | Infrastrutture e Ambiente | Previsto nel pluriennale,marks in columns that are not quarters of 2020 are kept in 'other' with their label,info
1855,67,row,Bando periferie,a group sub-heading or a note in the indicator table: not an indicator,info
1858,67,target,entro 31/03/2021,deadline 2021-03-31 (for 2021): the deadline 2021-03-31 falls in 2021: the target is for 2021,info
1860,67,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no | X,no: the X marks 'no',info
1885,68,row,Bando periferie,a group sub-heading or a note in the indicator table: not an indicator,info
1886,68,target,entro 30/06/2019,deadline 2019-06-30: the deadline 2019-06-30 is before the plan year 2020,info
1887,68,target,entro 31/12/2019,deadline 2019-12-31: the deadline 2019-12-31 is before the plan year 2020,info
1888,68,target,entro 31/03/2019,deadline 2019-03-31: the deadline 2019-03-31 is before the plan year 2020,info
1890,68,target,entro 31/05/2021,deadline 2021-05-31 (for 2021): the deadline 2021-05-31 falls in 2021: the target is for 2021,info
1892,68,row,Previsto nel pluriennale,a group sub-heading or a note in the indicator table: not an indicator,info
1894,68,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no | X,no: the X marks 'no',info
1920,69,row,Bando periferie,a group sub-heading or a note in the indicator table: not an indicator,info
1921,69,target,entro 28/02/2019,deadline 2019-02-28: the deadline 2019-02-28 is before the plan year 2020,info
1922,69,target,entro 15/04/2019,deadline 2019-04-15: the deadline 2019-04-15 is before the plan year 2020,info
1923,69,target,entro 19/04/2019,deadline 2019-04-19: the deadline 2019-04-19 is before the plan year 2020,info
1927,69,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | no | X,no: the X marks 'no',info
1937,70,title,Gestione grandi progetti: Tramvia : realizzazione linea 2a tramvia Areoporto - Polo; TAV: Conclusione dei lavori e inclusione nel patrimonio comunale delle opere di attenuazione | Pluriennale | Mig...,no TITOLO: the beginning of the DESCRIZIONE is used,needs_human
1949,70,note,sospeso per lavori rfi barriere antirumore,a text line: not part of the plan,info
1954,70,row,TRAMVIA,a group sub-heading or a note in the indicator table: not an indicator,info
1956,70,row,TAV - Pzza Galvani,a group sub-heading or a note in the indicator table: not an indicator,info
1957,70,row,Efficienza,a placeholder row with only a tipologia: not an indicator,info
1959,70,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
1990,71,row,ACQUEDOTTO,a group sub-heading or a note in the indicator table: not an indicator,info
1993,71,target,entro 2022,deadline 2022-12-31 (for 2022): the deadline 2022-12-31 falls in 2022: the target is for 2022,info
1994,71,row,ATEM,a group sub-heading or a note in the indicator table: not an indicator,info
1995,71,target,2020,deadline 2020-12-31: a bare year is read as a deadline on 31 December,info
1997,71,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
2023,72,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
2039,73,indicators,INDICATORI DI PERFORMANCE,a heading with no indicator table under it: the rows below are read as phases,info
2044,73,phase,VALUTAZIONE E CONFRONTO DELLE PROPOSTE PERVENUTE | X,the SETTORE cell holds only a mark 'X': kept as written (perhaps a mark of the quarter beside it),info
2045,73,phase,PROCEDURE DI GARA / AFFIDAMENTO IN HOUSE PROVIDING | X,the SETTORE cell holds only a mark 'X': kept as written (perhaps a mark of the quarter beside it),info
2046,73,phase,AFFIDAMENTO DEL SERVIZIO | X,the SETTORE cell holds only a mark 'X': kept as written (perhaps a mark of the quarter beside it),info
2054,73,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
2088,74,note,PLURIENNALE,a text line: not part of the plan,info
2090,74,note,PLURIENNALE,a text line: not part of the plan,info
2092,74,note,PLURIENNALE,a text line: not part of the plan,info
2102,74,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si | X | no,yes: the X marks 'si',info
2105,?,card heading,Relazione finale sugli esiti della sperimentazione per un eventuale affidamento pluriennale della riscossione coattiva ad soggetto diverso di AER | U.O.A Polizia Municipale | X,"table rows after the end of card 74 (its 'incentivabile' line) and before the next heading: a card heading is missing; lines 2105-2115 are read and reported, never attached to card 74",needs_human
2105,?,row,Relazione finale sugli esiti della sperimentazione per un eventuale affidamento pluriennale della riscossione coattiva ad soggetto diverso di AER | U.O.A Polizia Municipale | X,a row outside the card's tables: not part of the plan,needs_human
2110,?,indicator,"Risultato | Incremento percentuale riscossione rispetto alla media 2011-2017 affidati a AER (14,50%) | 5 punti percentuali",not imported (a card heading is missing): read as pp_increment 5; percentage points over a baseline: the baseline must be given,needs_human
2111,?,indicator,"Risultato | Incremento percentuale riscossione rispetto alla media 2011-2017 affidati a AER (14,50%) | 15 punti percentuali",not imported (a card heading is missing): read as pp_increment 15; percentage points over a baseline: the baseline must be given,needs_human
2113,?,incentivized,Obiettivo incentivabile ex art. 67 CCNL 2018 | si,the line of a card whose heading is missing (read as yes): not imported,needs_human
2116,76,card number,SCHEDA OBIETTIVO GESTIONALE n. 76,card 75 is missing (between 74 and 76),info
2129,76,phase columns,Esercitazioni pratiche | entro il 31/05/2020 | entro il 31/05/2021 | entro il 31/05/2022,marks in columns that are not quarters of 2020 are kept in 'other' with their label,info
2153,77,phase columns,Redazione progetto e dei relativi atti amministrativi | Settore Polizia Municipale | entro il 31/07/2019,marks in columns that are not quarters of 2020 are kept in 'other' with their label,info
2162,77,target,totali nel triennio 1800 così suddivisi,2020: count 700; 2021: count 900: a total over several years: the split per year is in the year columns; the share for 2019 (200) is before the plan year,info
2163,77,target,totali nel triennio 800 così suddivisi,2020: count 350; 2021: count 350: a total over several years: the split per year is in the year columns; the share for 2019 (100) is before the plan year,info
2164,77,target,totali nel triennio 23 così suddivisi,2020: count 10; 2021: count 10: a total over several years: the split per year is in the year columns; the share for 2019 (3) is before the plan year,info
2165,77,target,totali nel triennio 60 così suddivisi,2020: count 30; 2021: count 30: a total over several years: the split per year is in the year columns; the share for 2019 (0) is before the plan year,info
2180,78,phase columns,"La pratiche estrate si riferiscono a periodi trimestrali. L'estrazione delle pratiche SCIA, effettuata, attraverso il Generatore lista di numeri casuali ""Blia"" reperito su internet, verrà effettua...",marks in columns that are not quarters of 2020 are kept in 'other' with their label,info
2195,78,note,Monitoraggio al:,a line after the card: not part of the plan,info
2221,79,note,Monitoraggio al:,a line after the card: not part of the plan,info
2250,80,note,Monitoraggio al :,a line after the card: not part of the plan,info
2275,81,note,Monitoraggio al:,a line after the card: not part of the plan,info
2303,83,anagrafica,SDS | SDS | Assessorato alle Politiche sociali | Dott. Franco Doni,"the values stand one cell right of their labels: read shifted (settore 'SDS', dirigente 'Dott. Franco Doni'); RESPONSABILE not given",info
#> outfile objectives.csv
objective_id,year,sector,service,manager,owner,title,strategic_code,duration,nature,impact,incentivized,weight,source_line
1,2020,AFFARI GENERALI,AFFARI LEGALI,Avv. Franco Zucchermaglio,,"Razionalizzazione ed integrazione degli archivi informatici, dematerializzazione del pregresso e creazione di fascicoli informatici corrispondenti; applicazione facoltativa di operazioni in via telematica che non siano obbligatorie per legge",A2,Pluriennale,EXTRAORDINARIO,SETTORIALE,yes,1,3
2,2020,AA.GG.,espropri e patrimonio,Franco Zucchermaglio,Loredana Bianchi,"Co-progettazione soggiorni di aggregazione da sviluppare nella struttura "" le Gorette"" con associazioni terzo settore e valorizzazione immobile comunale",G4,annuale,extra-ordinario,trasversale,unknown,1,30
3,2020,AA.GG.,espropri e patrimonio,Franco Zucchermaglio,Loredana Bianchi,Incremento aree ortive,A3,annuale,extra-ordinario,trasversale,unknown,1,52
4,2020,AA.GG.,"Espropri, Patrimonio, Contratti",Franco Zucchermaglio,Loredana Bianchi,Studio e verifica fattibilità utilizzo immobile requisito,F2,Annuale,extra-ordinario,intersettoriale,unknown,1,75
5,2020,AA.GG.,Espropri e Patrimonio,Franco Zucchermaglio,Loredana Bianchi,"Estensione rete gas a seguito di lottizzazioni, inserimento rettifica tariffaria",,Annuale,extra-ordinario,intersettoriale,unknown,1,100
6,2020,AFFARI GENERALI,GARE,FRANCO ZUCCHERMAGLIO,,Rinnovo della convenzione con i Comuni di Signa e Vaglia per l'espletamento di funzioni associate di committenza pubblica,A2,pluriennale,miglioramento/sviluppo,Trasversale,unknown,1,122
7,2020,AFFARI GENERALI,GARE,FRANCO ZUCCHERMAGLIO,ELENA RIGHINI,Prevenzione fenomeni di criminalità organizzata negli appalti pubblici,,pluriennale,miglioramento/sviluppo,settoriale,unknown,1,142
8,2020,Affari generali,"Politiche per la casa, i giovani e le famiglie",Avv. Franco Zucchermaglio,Alessandro Collini,Favorire l'accesso della cittadinanza al patrimonio Erp con istanze tramite nuovo gestionale,G1,annuale,miglioramento/sviluppo,settoriale,yes,1,166
9,2020,Affari generali,"Politiche per la casa, i giovani e le famiglie",Avv. Franco Zucchermaglio,Alessandro Collini,Incremento numero progetti Servizio Civile Regionale con l'acquisizione 2° categoria,G2,annuale,miglioramento/sviluppo,settoriale,yes,1,190
10,2020,Affari generali,"Politiche per la casa, i giovani e le famiglie",Avv. Franco Zucchermaglio,,Incremento accesso ad alloggi ERP con anticipo costi manutenzione,G2,annuale,miglioramento/sviluppo,settoriale,yes,1,216
11,2020,Affari generali,"Politiche per la casa, i giovani e le famiglie",Avv. Franco Zucchermaglio,Alessandro Collini,Bilanciamoci giovani,G1,annuale,miglioramento/sviluppo,settoriale,yes,1,244
12,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,CULTURA E BIBLIOTECA,FRANCO ZUCCHERMAGLIO,,BIBLIOTECA ACCESSIBILE,E2,Pluriennale,MIGLIORAMENTO/SVILUPPO,SETTORIALE,no,1,272
13,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,CULTURA E BIBLIOTECA,FRANCO ZUCCHERMAGLIO,,Sviluppo di progetti culturali di rete da realizzare con la partecipazione attiva di giovani e adulti,E2,Pluriennale,Extra- ordinario,Trasversale,unknown,1,304
14,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,CULTURA E BIBLIOTECA,FRANCO ZUCCHERMAGLIO,,Fondazione Museo Ginori,E1,Annuale,Extra-ordinario,Trasversale,unknown,1,337
15,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,CULTURA E BIBLIOTECA,ARIANNA GUARNIERI,PAOLA BIONDI,Integrazione dei servizi culturali e bibliotecari con le nuove funzioni del ramo di azienda di AFS Servizi culturali e bibliotecari,E2,Annuale,Miglioramento/Sviluppo,,unknown,1,359
16,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SCOLASTICO E SPORTIVO,FRANCO ZUCCHERMAGLIO,ROBERTA PULCINELLI,Progetto relativo ai PCTO Percorsi per le competenze trasversali e per l'orientamento (ex Alternanza scuola lavoro) e organizzazione di un progetto capace di mettere in contatto il mondo del lavoro con le scuole,H1,ANNUALE,MIGLIORAMENTO E SVILUPPO,SETTORIALE,no,1,388
17,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SCOLASTICO E SPORTIVO,FRANCO ZUCCHERMAGLIO,ROBERTA PULCINELLI,"Attuazione, monitoraggio e rendicontazione dei progetti PEZ finalizzati a prevenire la dispersione scolastica dei ragazzi ROM",H1,ANNUALE,MIGLIORAMENTO E SVILUPPO,SETTORIALE,no,1,416
18,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SCOLASTICO E SPORTIVO,FRANCO ZUCCHERMAGLIO,ROBERTA PULCINELLI,Trasferimento Liceo Agnoletti al Polo Scientifico,H2,ANNUALE,EXTRA-ORDINARIO,TRASVERSALE,no,1,443
19,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SCOLASTICO E SPORTIVO,FRANCO ZUCCHERMAGLIO,ROBERTA PULCINELLI,Riorganizzazione servizio di trasporto scolastico alla luce dei pensionamenti previsti nell'anno 2020-2021 e previsione piano per sostituzioni,H1,ANNUALE,MIGLIORAMENTO E SVILUPPO,SETTORIALE,yes,1,466
20,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SCOLASTICO E SPORTIVO,FRANCO ZUCCHERMAGLIO,,Acquisto e implementazione nuovo gestionale servizi di supporto scolastico,H1,ANNUALE,MIGLIORAMENTO E SVILUPPO,SETTORIALE,yes,1,493
21,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SCOLASTICO E SPORTIVO,FRANCO ZUCCHERMAGLIO,ROBERTA PULCINELLI,Rinnovo contratto di servizio con Q&S per la ristorazione scolastica,H1,ANNUALE,MIGLIORAMENTO E SVILUPPO,SETTORIALE,yes,1,523
22,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SCOLASTICO E SPORTIVO,FRANCO ZUCCHERMAGLIO,ROBERTA PULCINELLI,Progetto su sport e educazione alimentare in collaborazione con Q&S,D1,ANNUALE,EXTRA-ORDINARIO,SETTORIALE,no,1,547
23,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SCOLASTICO E SPORTIVO,FRANCO ZUCCHERMAGLIO,ROBERTA PULCINELLI,PARTENZA GIRO D'ITALIA 2021,D1,ANNUALE,EXTRA-ORDINARIO,TRASVERSALE,yes,1,571
24,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SERVIZI EDUCATIVI ALL'INFANZIA,FRANCO ZUCCHERMAGLIO,ANNA TOMASELLI,Progetto di sostegno alla genitorialità rivolto a genitori e genitrici di bambini e bambine residenti nel Comune di Sesto Fiorentino .,H1,ANNUALE,MIGLIORAMENTO E SVILUPPO,SETTORIALE,unknown,1,599
25,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SERVIZI EDUCATIVI ALL'INFANZIA,FRANCO ZUCCHERMAGLIO,ANNA TOMASELLI,Progetto di formazione LEGGERE: FORTE! Rivolto a educatori e insegnanti scuola infanzia della Zona fiorentina Nord-Ovest,H1,ANNUALE,MIGLIORAMENTO E SVILUPPO,SETTORIALE,unknown,1,636
26,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SERVIZI EDUCATIVI ALL'INFANZIA,FRANCO ZUCCHERMAGLIO,ANNA TOMASELLI,Progetto finalizzato all'apprendimento naturale della lingua inglese nei primi anni di vita.,H1,PLURIENNALE (prima annualità),EXTRA-ORDINARIO,SETTORIALE,unknown,1,669
27,2020,POLITICHE EDUCATIVE CULTURALI E SPORTIVE,SERVIZI EDUCATIVI ALL'INFANZIA,FRANCO ZUCCHERMAGLIO,ANNA TOMASELLI,Semplificazione del Sistema Gestione Qualità (SGQ) UNI EN ISO 9001:dei Servizi Educativi all'infanzia del Comune di Sesto Fiorentino.,H1,ANNUALE,MIGLIORAMENTO E SVILUPPO,SETTORIALE,unknown,1,695
28,2020,Risorse Finanziarie,Economato e Provveditorato,Letizia Baldi,Rossella Metti,Gestione richieste risarcimento danni Gruppo Intersettoriale Sinistri,A1,annuale,extra ordinario,settoriale,no,1,729
29,2020,Risorse Finanziarie,Economato e Provveditorato,Letizia Baldi,Rossella Metti,Revisione del Regolamento di Economato e Provveditorato,A1,annuale,extra ordinario,settoriale,yes,1,752
30,2020,SETTORE RISORSE FINANZIARIE,Economato e Provveditorato,Letizia Baldi,Rossella Metti,Focus procedure di acquisto servizi e forniture in vigore,A1,pluriennale,extra-ordinario,trasversale per il 2021,no,1,778
31,2020,Risorse Finanziaria,Servizi Informatici,Dott.ssa Letizia Baldi,Ing. Nicola Mersi,"predisposizione di una ""piattaforma abilitante"" che permetta l'accesso online alla presentazione di istanze e ai pagamenti utilizzando i sistemi SPID e PagoPA",A1,Annuale,Miglioramento/sviluppo,Settoriale,yes,1,802
32,2020,Risorse Finanziaria,Servizi informatici,Dott.ssa Letizia Baldi,Ing. Nicola Mersi,predisposizione di un documento programmatico per la migrazione dei servizi informatici dell'Ente presso soluzioni di tipo cloud,A1,Annuale,Miglioramento/sviluppo,Settoriale,yes,1,830
33,2020,Risorse Finanziaria,Servizi informatici,Dott.ssa Letizia Baldi,Ing. Nicola Mersi,programma di digitalizzazione dei servizi,A2,Annuale,Miglioramento/sviluppo,Settoriale,yes,1,854
34,2020,Risorse Finanziaria,Servizi informatici,Dott.ssa Letizia Baldi,Ing. Nicola Mersi,dematerializzazione archivi delle pratiche del servizio entrate,A2,Annuale,Miglioramento/sviluppo,Settoriale,yes,1,884
35,2020,FINANZIARIO,RAGIONERIA,LETIZIA BALDI,MARIA SODI,"Sperimentazione del software ""pianificazione strategica"" nell'ambito del Settore Finanziario quale ""best practice"" da implementare negli altri settori dell'Ente",A2,A,MIGLIORAMENTO,SETTORIALE,yes,1,911
36,2020,FINANZIARIO,RAGIONERIA,LETIZIA BALDI,MARIA SODI,DIVERSA ORGANIZZAZIONE DELLE FASI DELLA SPESA AL FINE DEL MIGLIORAMENTO DEI TEMPI MEDI DI PAGAMENTO,A2,A,MIGLIORAMENTO,SETTORIALE,no,1,937
37,2020,RISORSE FINANZIARIE,SERVIZIO ENTRATE,LETIZIA BALDI,CINZA CAO,Recupero dell'evasione fiscale e adeguamento ai principi contabili armonizzati,A2,PLURIENNALE,EXTRA-ORDINARIO,SETTORIALE,unknown,1,960
38,2020,RISORSE FINANZIARIE,SERVIZIO ENTRATE,LETIZIA BALDI,CINZA CAO,Valutazione della digitalizzazione legale degli archivi ai fini della semplificazione della consultazione,A2,PLURIENNALE,EXTRA-ORDINARIO,SETTORIALE,unknown,1,994
39,2020,RISORSE FINANZIARIE,SERVIZIO ENTRATE,LETIZIA BALDI,CINZA CAO,Analisi di fattibilità per l'esternalizzazione della riscossione coattiva della TARI legale degli archivi ai fini della semplificazione della consultazione,A2,PLURIENNALE,EXTRA-ORDINARIO,SETTORIALE,unknown,1,1021
40,2020,Segreteria Generale,Segreteria Generale,Dr.ssa Anzilotta Paola,Ing. N. Mersi/Dr.ssa A. Liuti,Miglioramento dei lavori del Consiglio Comunale.,A1,Pluriennale (primo anno),Miglioramento/Sviluppo,Trasversale,yes,1,1049
41,2020,Segreteria Generale,Segreteria Generale,Dr.ssa Anzilotta Paola,Dr.ssa A. Liuti/Ing. N. Mersi,"Adozione di un atto organizzativo che disciplini le modalità di ricezione e di gestione delle segnalazioni di illeciti, in conformità con le Linee Guida emanate dall'ANAC nel 2020",A1,Pluriennale,Miglioramento/Sviluppo,Trasversale,yes,1,1076
42,2020,Segreteria Generale,Segreteria Generale,Dr.ssa Anzilotta Paola,Dr.ssa A. Liuti/Dr.ssa L. Sarri,"Predisposizione di un ""Registro degli eventi rischiosi"" relativi ai processi mappati dall'amministrazione",A1,Pluriennale,Miglioramento/Sviluppo,Trasversale,yes,1,1103
43,2020,Segreteria Generale,Segreteria Generale,Dr.ssa Anzilotta Paola,Dr.ssa A. Liuti/Dr.ssa L. Sarri,"Adozione di un ""nuovo"" Codice di comportamento che integri e specifichi i doveri minimi di cui al D.P.R. n. 62/2013 s.m.i.",A1,Pluriennale,Miglioramento/Sviluppo,Trasversale,yes,1,1130
44,2020,Segreteria Generale,Performance e controlli interni,Paola Anzilotta,Cecilia Megali,Revisione regolamento controlli interni e metodologia di verifica,A1,pluriennale,miglioramento/sviluppo,trasversale,unknown,1,1154
45,2020,Segreteria Generale,Performance e controlli interni,Paola Anzilotta,Cecilia Megali,Potenziamento dei meccanismi di monitoraggio sulle società controllate in house: focus on fusione AFS/Doccia Service e ristrutturazione aziendale Qualità e Servizi S.p.A.,A1,pluriennale,migliorameno/sviluppo,trasversale,unknown,1,1184
46,2020,Segreteria generale,Gabinetto del Sindaco,Paola Anzilotta,Enio Bruschi,PERIODICO DEL COMUNE DI SESTO FIORENTINO,A1,Annuale,Extra-ordinario,SETTORIALE,unknown,1,1217
47,2020,Segreteria generale,Gabinetto del Sindaco,Paola Anzilotta,Enio Bruschi,PROGETTO SOCIAL,A1,Annuale,Extra-ordinario,SETTORIALE,unknown,1,1242
48,2020,Segreteria generale,Gabinetto del Sindaco,Paola Anzilotta,Enio Bruschi,Bilanciamoci insieme,A1,Pluriennale,Miglioramento e sviluppo,INTERSETTORIALE,unknown,1,1265
49,2020,Segreteria Generale,"Servizi Demografici, Protocollo e URP",Dott.ssa Paola Anzilotta,Dott.ssa Luisa Sarri,"Erogazione di nuovi servizi per i cittadini, le pubbliche amministrazioni e le imprese e e miglioramento della qualità di quelli esistenti, attraverso il sistema di intelligenza artificiale – IA",A1,Pluriennale,Miglioramento/sviluppo,trasversale,yes,1,1299
50,2020,Segreteria Generale,"Servizi Demografici, Protocollo e URP",Dott.ssa Paola Anzilotta,Dott.ssa Luisa Sarri,Implementazione dei servizi on line dell'Ente ed educazione al loro utilizzo. Promozione nei confronti di cittadini e professionisti.,A1,Pluriennale,Miglioramento/sviluppo,trasversale,yes,1,1332
51,2020,Segreteria Generale,"Servizi Demografici, Protocollo e URP",Dott.ssa Paola Anzilotta,Dott.ssa Luisa Sarri,"Gestione dei flussi documentali, dematerializzazione, fascicolazione e conservazione",A1,Pluriennale (5° annualità),extra ordinario,settoriale,no,1,1358
52,2020,Segreteria Generale,"Servizi Demografici, Protocollo e URP",Dott.ssa Paola Anzilotta,Dott.ssa Luisa Sarri,Attuazione del Regolamento UE 679/2016 – Completamento degli adempimenti conseguenti all'entrata in vigore del Regolamento comunitario e del D. Lgs. 101/2018,A1,Annuale,Extra - ordinario,Trasversale,no,1,1379
53,2020,Segreteria Generale,"Segreteria Generale/Servizi Demografici, Protocollo e URP",Dott.ssa Paola Anzilotta,Dott.ssa Alessandra Liuti/Dott.ssa Luisa Sarri/ing. Nicola Mersi,“Piano Triennale per la Prevenzione della Corruzione e la Trasparenza (P.T.P.C.T.) – Triennio 2019/2021”: attuazione delle azioni in materia di anticorruzione e degli obiettivi di trasparenza 2019,,Pluriennale,Miglioramento/sviluppo,Trasversale,yes,1,1405
54,2020,Segreteria Generale,"Segreteria Generale/Servizi Demografici, Protocollo e URP",Dott.ssa Paola Anzilotta,Dott.ssa Luisa Sarri,"Sviluppare le competenze delle risorse umane, per migliorare la performance dell'Ente attraverso l'ottimizzazione dell'utilizzo del personale dell'Ufficio Protocollo e Messi",,Annuale,Miglioramento/sviluppo,Settoriale,yes,1,1434
55,2020,SEGRETERIA GENERALE,PERSONALE E ORGANIZZAZIONE,PAOLA ANZILOTTA,FABIANO IACOPONI,Nuovo software gestionale personale,,annuale,Miglioramento,Trasversale,yes,1,1461
56,2020,SEGRETERIA GENERALE,PERSONALE E ORGANIZZAZIONE,PAOLA ANZILOTTA,FABIANO IACOPONI,Aggiornamento sistemi di valutazione della performance di dirigenti e posizioni organizzative,,annuale,extra-ordinario,Settoriale,no,1,1485
57,2020,SEGRETERIA GENERALE,PERSONALE E ORGANIZZAZIONE,PAOLA ANZILOTTA,FABIANO IACOPONI,Gestione procedura concorsuale per assunzione cat. C area amm.vo/contabile come ente capofila,,annuale,extra-ordinario,Settoriale,no,1,1513
58,2020,Sviluppo del Territorio,Pianificazione Territoriale,Venturini,Bonatti,Formazione del Piano Operativo Comunale,B1,pluriennale,extra-ordinario,trasversale,yes,1,1539
59,2020,Sviluppo del Territorio,Pratiche Edilizie,Venturini,Lopomo,Digitalizzazione massiva degli archivi cartacei dell'edilizia,A1,pluriennale,miglioramento/sviluppo,settoriale tra più servizi,yes,1,1575
60,2020,Sviluppo del Territorio,Pratiche Edilizie,Ventutini,Lopomo,riorganizzazione dell'ufficio controllo del territorio,A2,triennale,miglioramento/sviluppo,settoriale,yes,1,1603
63,2020,INFRASTRUTTURE E AMBIENTE,Lavori Pubblici,Anzilotta,Pretini,"Adeguamento sismico scuola Balducci, scuola De Amicis, scuola Radice",H1,Pluriennale,Extra-ordinario,Trasversale,yes,1,1638
64,2020,INFRASTRUTTURE E AMBIENTE,Manutenzioni,Anzilotta,Boattini,Adeguamento sismico scuola Pescetti,H1,Pluriennale,Extra-ordinario,Trasversale,yes,1,1701
65,2020,INFRASTRUTTURE E AMBIENTE,Lavori Pubblici,Anzilotta,Dabizzi,GESTIONE FINANZIAMENTI OTTENUTI PER LA REALIZZAZIONE DI PISTE CICLABILI NEL PARCO DELLA PIANA,B3,Pluriennale,Extra-ordinario,Trasversale,yes,1,1751
66,2020,INFRASTRUTTURE E AMBIENTE,MANUTENZIONI,Anzilotta,Boattini,FINANZIAMENTI REGIONALI SULLA CULTURA PER IL RECUPERO DI PALAZZO PRETORIO,E3,Pluriennale,Extra-ordinario,Trasversale,no,1,1801
67,2020,INFRASTRUTTURE E AMBIENTE,Lavori Pubblici,Anzilotta,Pretini,RISTRUTTURAZIONE E RECUPERO DI VOLUMI URBANI ALA NORD E FORNI PRESSO IL POLO DI DOCCIA,E2,Pluriennale,Extra-ordinario,Trasversale,no,1,1832
68,2020,INFRASTRUTTURE E AMBIENTE,Lavori Pubblici,Anzilotta,Pretini,RISTRUTTURAZIONE E RECUPERO DI VOLUMI URBANI - LA LUCCIOLA,A1,Pluriennale,Extra-ordinario,Trasversale,no,1,1863
69,2020,INFRASTRUTTURE E AMBIENTE,Lavori Pubblici,Anzilotta,Pretini,"AMPLIAMENTO SCUOLA ""BALDUCCI"" PER LA REALIZZAZIONE DELLA NUOVA SCUOLA MEDIA ""BROGI""",H1,Pluriennale,Extra-ordinario,Trasversale,no,1,1897
70,2020,INFRASTRUTTURE E AMBIENTE,"MOBILITA',VIABILTA' E AMBIENTE",ANZILOTTA,DABIZZI,Gestione grandi progetti: Tramvia : realizzazione linea 2a tramvia Areoporto - Polo; TAV:...,F2,Pluriennale,Miglioramento / Sviluppo,Settoriale,yes,1,1930
71,2020,INFRASTRUTTURE E AMBIENTE,,ANZILOTTA,DABIZZI,Gestione grandi progetti: ACQUEDOTTO: Realizzazione del potenziamento acquedottistico a carico di Publiacqua; ATEM - individuazione del soggetto gestore della rete di distribuzione gas,F2,Pluriennale,Miglioramento / Sviluppo,Settoriale,yes,1,1962
72,2020,INFRASTRUTTURE E AMBIENTE,MANUTENZIONI,ANZILOTTA,BOATTINI,Ammodernamento pubblica illuminazione degli impianti a led,F2,Pluriennale,Miglioramento / Sviluppo,Settoriale,yes,1,2000
73,2020,INFRASTRUTTURE E AMBIENTE,MOBILITA' E VIABILITA',ANZILOTTA,DABIZZI,NUOVO CONTRATTO PER LA GESTIONE DELLA MANUTENZIONE STRADALE,B3,PLURIENNALE,Extra-ordinario,SETTORIALE,yes,1,2026
74,2020,INFRASTRUTTURE E AMBIENTE,AMBIENTE,ANZILOTTA,DABIZZI,Raccolta differenziata porta a porta e revisione regolamento rifiuti,B2,Pluriennale,Miglioramento/Sviluppo,Settoriale,yes,1,2057
76,2020,SETTORE POLIZIA MUNICIPALE,,Bagnoli Paolo,,Progetto per l'educazione stradale rivolta agli alunni delle scuole del Comune di Sesto Fiorentino,G4,Pluriennale Anni 2020/2021/2022,Miglioramento /sviluppo,Settoriale,yes,1,2116
77,2020,SETTORE POLIZIA MUNICIPALE,,Bagnoli Paolo,,"Progetto ""Polizia municipale di prossimità""",G4,Pluriennale Anni 2019/2020/2021,Miglioramento /sviluppo,Trasversale,yes,1,2140
78,2020,SETTORE POLIZIA MUNICIPALE,,Bagnoli Paolo,,Verifica dell'attività edilizia del territorio realizzata mediante presentazione di SCIA,B1,PLURIENNALE,Miglioramento/Sviluppo,Settoriale,yes,1,2168
79,2020,SETTORE POLIZIA MUNICIPALE,,Bagnoli Paolo,,Controlli sul corretto comportamento in materia di smaltimento di rifiuti,B1,ANNUALE,Miglioramento/Sviluppo,Settoriale,yes,1,2197
80,2020,SETTORE POLIZIA MUNICIPALE,,Bagnoli Paolo,,Potenziamento sicurezza stradale anche con interventi a tutela di pedoni e ciclisti,G4,ANNUALE,Extra-ordinario,Settoriale,no,1,2223
81,2020,SETTORE POLIZIA MUNICIPALE,,Bagnoli Paolo,,Sistema di Protezione Civile fuori e dentro il Comune. Non solo regole ma azione concrete,G4,Annuale,Extra-ordinario,Trasversale,no,1,2252
82,2020,SDS,SDS,Dott. Franco Doni,D.ssa Nicoletta Fracassi,Promozione dell'educazione alla salute ed ai corretti stili di vita,G1,annuale,miglioramento/sviluppo,settoriale,yes,1,2277
83,2020,SDS,SDS,Dott. Franco Doni,,"Elaborazione di risposte innovative ai nuovi bisogni sociali (abitare, immigrazione, famiglie fragili, invecchiamento della popolazione) anche in rete con il Terzo Settore",G1,annuale,miglioramento/sviluppo,settoriale,yes,1,2300
84,2020,SDS,SDS,Dott. Franco Doni,D.ssa Nicoletta Fracassi,"Rafforzamento del rapporto del territorio con il tema della disabilità (protocollo Autism Friendly, Centro Felicità)",G1,annuale,miglioramento/sviluppo,settoriale,yes,1,2321
85,2020,SDS,SDS,Dott. Franco Doni,D.ssa Nicoletta Fracassi,Sperimentazione di nuovi modelli gestionali ed organizzativi che facilitino il controllo della spesa e l'armonizzazione delle procedure fra i Comuni e la Sds,G1,annuale,miglioramento/sviluppo,settoriale,yes,1,2345
#> outfile indicators.csv
objective_id,indicator_id,year,category,description,kind,target,baseline,unit,weight,target_raw,source_line
1,1.1,2020,Qualità,riduzione del 30% del materiale cartaceo dei fascicoli esaminati,percent,100,,%,1,100%,22
1,1.2,2020,Risultato,creazione di n. 100 fascicoli elettronici con immediata fruibilità degli stessi,percent,100,,%,1,100%,23
1,1.3,2020,Risultato,effettuazione del 40 % delle notifiche e depositi in via telematica,percent,100,,%,1,100%,24
1,1.4,2020,Risultato,avvio della modalità telematica per il deposito facoltativo in Corte di Cassazione,percent,100,,%,1,100%,25
2,2.1,2020,indicatore di qualità,organizzazione servizi e valorizzazione immobile,qualitative,,,,1,rispetto della tempistica,50
3,3.1,2020,indicatore di risultato,completamento aree ortive,qualitative,,,,1,sottoscrizione contratti di assegnazione in funzione del numero degli orti disponibili,72
4,4.1,2020,indicatore di qualità,Attribuzione di idoneità istituzionale per il soddisfacimento di disagio abitativo ad immobile (fabbricato) oggetto di requisizione,qualitative,,,,1,Approvazione atti di indirizzo dell'A.C. entro le tempistiche individuate,95
5,5.1,2020,indicatore di efficienza,il progetto si sviluppa sulla verifica dei dati forniti dal Settore Assetto del Territorio/ Centria e relativa rielaborazione,percent,100,,%,1,100% inserimento completo nel libro cespite dei dati pervenuti,120
6,6.1,2020,risultato,gestione gare,qualitative,,,,1,numero gare cuc,140
7,7.1,2020,risultato,inserimento modulistica bandi di gara,boolean,yes,,,1,SI,161
7,7.2,2020,risultato,adozione schemi di contratto adeguati,boolean,yes,,,1,si,162
8,8.1,2020,RISULTATO,Introduzione nuovo software,percent,100,,%,1,100%,185
8,8.2,2020,RISULTATO,Raccolta domande on line (% rispetto al totale),percent,10,,%,1,10%,186
8,8.3,2020,RISULTATO,Accordi per aiuto alla compilazione (punti di sostegno),count,2,,n,1,2,187
9,9.1,2020,RISULTATO,Presentazione istanza di accreditamento,percent,100,,%,1,100%,209
9,9.2,2020,RISULTATO,Nomina coordinatori di progetto,count,2,,n,1,2,210
9,9.3,2020,RISULTATO,Presentazione progetti (realizzabile solo se la Regione pubblicherà il nuovo bando per la progettazione),count,4,,n,1,4,211
10,10.1,2020,RISULTATO,Individuazione alloggi,count,10,,n,1,10,238
10,10.2,2020,RISULTATO,Assegnazione alloggi,percent,70,,%,1,70%,239
11,11.1,2020,RISULTATO,Pubblicazione avviso pubblico,percent,100,,%,1,100%,265
11,11.2,2020,RISULTATO,Raccolta proposte progettuali,count,5,,n,1,5,266
11,11.3,2020,RISULTATO,Realizzazione proposte progettuali,count,3,,n,1,3,267
12,12.1,2020,risultato,"numero nuovi prodotti ""accessibili"" immessi nel catalogo nel 2020 (compreso risorse MLOL)",count,100,,n,1,100,296
12,12.2,2020,risultato,attività dello sportello di orientamento,min,6,,n,1,almeno 6 giornate di formazione/orientamento,297
12,12.3,2020,risultato,numero iniziative/ attività inclusive,min,6,,n,1,almeno 6,298
12,12.4,2020,risultato,ampliamento della segnaletica in CAA,deadline,2020-12-31,,,1,entro dicembre 2020,299
13,13.1,2020,Risultato,ragazzi coinvolti nei laboratori di partecipazione attiva e nei gruppi di lavoro progetto ARTICOLO 31 presso la Biblioteca Ragionieri,min,20,,n,1,almeno 20,330
13,13.2,2020,Risultato,ragazzi coinvolti nei gruppi di lavoro progetto CONNESSIONI (per l'istituto scolastico di Sesto Fiorentino),min,30,,n,1,almeno 30,331
13,13.3,2020,Risultato,adulti coinvolti nei gruppi di lettura e discussione progetto Leggere cambia tutto,min,100,,n,1,almeno 100,332
14,14.1,2020,risultato,stesura del piano strategico culturale della Fondazione,deadline,2020-12-31,,,1,entro dicembre 2020,356
15,15.1,2020,efficienza,predisposizione di un modello di rilevazione della qualità,deadline,2020-12-31,,,1,entro dicembre 2020,382
15,15.2,2020,efficienza,realizzazione di un report trimestrale sulle nuove attività gestite dall'azienda,count,2,,n,1,2,383
16,16.1,2020,efficienza,riunioni di coordinamento,max,5,,n,1,massimo 5,408
16,16.2,2020,risultato,operatività progetto,deadline,2020-12-31,,,1,31.12.2020,410
17,17.1,2020,efficienza,incontri con dirigenti scolastici e operatori,max,2,,n,1,massimo 2,437
17,17.2,2020,risultato,monitoraggio svogimento progetto,deadline,2020-07-31,,,1,entro il 31.07.20,438
18,18.1,2020,risultato,Analisi e studio problematiche rappresentate da associazioni sportive e Liceo,deadline,2020-12-31,,,1,31-dic-20,461
19,19.1,2020,risultato,operatività del servizio,deadline,2020-09-15,,,1,15:09:20,486
19,19.2,2020,efficienza,incontri di negoziazione organizzativa con personale autista,max,3,,n,1,max 3,487
19,19.3,2020,risultato,Attivazione piano ore aggiuntive per sostituzioni,deadline,2020-09-15,,,1,15-set-20,488
20,20.1,2020,efficienza,incontri con dirigenti scolastici,max,3,,n,1,massimo 3,517
20,20.2,2020,risultato,attivazione nuovo gestionale,deadline,2019-09-30,,,1,set-19,518
21,21.1,2020,efficienza,incontri con Q&S,max,5,,n,1,massimo 5,541
21,21.2,2020,risultato,approvazione contratto di servizio,deadline,2020-07-31,,,1,31.07.2020,542
22,22.1,2020,risultato,svolgimento dell'iniziativa,deadline,2019-06-30,,,1,30-giu-19,565
22,22.2,2020,efficienza,riunioni di coordinamento,max,4,,n,1,massimo 4,566
23,23.1,2020,risultato,presentazione candidatura,deadline,2020-11-01,,,1,01-nov-20,592
23,23.2,2020,efficienza,riunioni di coordinamento,max,5,,n,1,massimo 5,593
23,23.3,2020,risultato,iniziative ulteriori a corredo dell'iniziativa principale del Giro,count,3,,n,1,3,594
24,24.1,2020,risultato,numero complessivo di genitori che hanno partecipato agli incontri,deadline,2020-07-31,,,1,entro luglio 2020,628
24,24.2,2020,qualità,report dei questionari di gradimento somministrate alle famiglie a fine di ogni incontro,deadline,2020-07-31,,,1,entro luglio 2020,629
25,25.1,2020,risultato,Numero complessivo di educatori e insegnanti che hanno partecipato agli incontri,deadline,2020-07-31,,,1,entroluglio 2020,660
25,25.2,2020,qualità,Report dei questionari di gradimento somministrati ai partecipanti,deadline,2020-09-30,,,1,entro settembre 2020,661
25,25.3,2020,risultato,Numero di attestati rilasciati ai partecipanti,deadline,2020-12-31,,,1,entro dicembre 2020,662
25,25.4,2020,efficacia,Numero di servizi 0-3 di Sesto Fiorentino che hanno inserito nei progetti educativi la LETTURA ad alta voce,deadline,2020-07-31,,,1,entro luglio 2020,663
26,26.1,2020,risultato,individuazione dei partners,qualitative,,,,1,,688
26,26.2,2020,risultato,individuazione dei fondi,qualitative,,,,1,,689
26,26.3,2020,risultato,stesura del progetto,qualitative,,,,1,,690
27,27.1,2020,risultato,individuazione dell'agenzia,qualitative,,,,1,,719
27,27.2,2020,risultato,individuazione dei fondi,qualitative,,,,1,,720
27,27.3,2020,risultato,erogazione del progetto,qualitative,,,,1,,721
27,27.4,2020,efficacia,verifica finale attraverso audit interni,qualitative,,,,1,,722
28,28.1,2020,qualità,maggior tutela dell'ente in caso di ricorsi in giudizio,percent,100,,%,1,100%,747
29,29.1,2020,risultato,razionalizzazione della spesa,percent,100,,%,1,100%,774
29,29.2,2020,qualità,scelte organizzative dell'ente,percent,100,,%,1,100%,775
30,30.1,2020,risultato,razionalizzazione della spesa,percent,100,,%,1,100%,797
30,30.2,2020,qualità,scelte organizzative dell'ente,percent,100,,%,1,100%,798
30,30.3,2020,efficienza,competenze chiare,percent,100,,%,1,100%,799
31,31.1,2020,efficienza,riduzione dei costi di erogazione dei servizi,qualitative,,,,1,,824
31,31.2,2020,risultato,servizi erogati mediante canale interament e digitale,max,29,,days,1,tempo di predisposizione di un servizio online inferiore a 30 giorni,825
32,32.1,2020,risultato,adozione del documento programmatico,deadline,2020-11-30,,,1,adozione entro il 30/11/2020,849
33,33.1,2020,risultato,documentazione dei processi,qualitative,,,,1,predisposizione delle informazioni necessarie a procedere con la digitalizzazione,877
33,33.2,2020,risultato,digitalizzazione servizi,min,1,,n,1,digitalizzazione di almeno un servizio,878
33,33.3,2020,risultato,adozione del documento programmatico,qualitative,,,,1,predisposizione delle informazioni necessarie a procedere con la digitalizzazione,879
34,34.1,2020,risultato,dematerializzazione degli archivi,deadline,2020-12-31,,,1,Avvio del processo di dematerializzazione entro il 31/12/2020 (il processo deve prevedere il suo termine entro il primo bimestre 2021),906
35,35.1,2020,temporale,Rispetto dei tempi delle singole fasi,phases,100,,%,1,100%,932
36,36.1,2020,temporale,Rispetto dei tempi delle singole fasi,phases,100,,%,1,100%,955
37,37.1,2020,RISULTATO,Realizzazione del programma e rispetto dei tempi,percent,100,,%,1,100%,987
37,37.2,2020,RISULTATO,Numero di avvisi di accertamento emessi,count,1200,,n,1,1.200,988
37,37.3,2020,RISULTATO,Importo riscosso sulle annualità pregresse,count,500000,,EUR,1,500.000,989
38,38.1,2020,RISULTATO,Realizzazione del programma e rispetto dei tempi,percent,100,,%,1,100%,1014
39,39.1,2020,RISULTATO,Realizzazione del programma e rispetto dei tempi,percent,100,,%,1,100%,1042
40,40.1,2020,Risultato,Miglioramento dello streaming e della partecipazione alle sedute del Consiglio comunale.,deadline,2020-07-31,,,1,ENTRO LUGLIO 2020,1070
40,40.2,2020,Qualità,Miglioramento della ricerca per punti dei lavori svolti in C.C. ed aumento della media dei contatti streaming,percent,50,,%,1,50% ENTRO LUGLIO 2020,1071
40,40.3,2020,Qualità,Miglioramento della ricerca per punti dei lavori svolti in C.C. ed aumento della media dei contatti streaming,deadline,2020-07-31,,,1,50% ENTRO LUGLIO 2020,1071
41,41.1,2020,Risultato,Attuazione della misura preventiva del whistleblowing e della normativa vigente in materia,deadline,2020-10-31,,,1,ENTRO OTTOBRE 2020,1097
41,41.2,2020,Qualità,Prevenzione di potenziali rischi corruttivi,deadline,2020-10-31,,,1,ENTRO OTTOBRE 2020,1098
42,42.1,2020,Risultato,Attuazione del PNA 2019 e delle indicazioni metodologiche per la gestione dei rischi corruttivi di cui all'Allegato 1,deadline,2020-10-31,,,1,ENTRO OTTOBRE 2020,1124
42,42.2,2020,Qualità,Monitoraggio delle misure di prevenzione progettate nel PTPCT ed eventuale rettifica delle stesse,deadline,2020-10-31,,,1,ENTRO OTTOBRE 2020,1125
43,43.1,2020,Risultato,Attuazione delle Linee Guida emanate dall'ANAC nel 2020 e delle indicazioni metodologiche di cui all'Allegato 2 del PNA 2019,deadline,2020-10-31,,,1,ENTRO OTTOBRE 2020,1148
43,43.2,2020,Qualità,Prevenzione rischi corruttivi e comportamenti contra legem,deadline,2020-10-31,,,1,ENTRO OTTOBRE 2020,1149
44,44.1,2020,Risultato,Predisposizione bozza di revisione Regolamento controlli interni,percent,100,,%,1,100%,1175
44,44.2,2020,Risultato,Revisione metodologia di verifica,percent,100,,%,1,100%,1176
44,44.3,2020,Efficacia,Approvazione regolamento,percent,100,,%,1,100%,1177
45,45.1,2020,Qualità,Ridefinizione sezioni e contenuti su Amministrazione Trasparente - sezione Enti controllati,percent,100,,%,1,100%,1206
45,45.2,2020,Efficacia,Completamento processi dismissione in atto,percent,75,,%,1,75%,1207
45,45.3,2020,Risultato,n. confronti diretti (incontri) con responsabili amm.vi interni alle aziende,min,6,,n,1,> 5,1208
45,45.4,2020,Risultato,Completamento censimento entro termini prestabiliti,percent,100,,%,1,100%,1209
45,45.5,2020,Risultato,Predisposizione relazione stato di attuazione piano operativo di razionalizzazione 2019 entro termini prestabiliti,percent,100,,%,1,100%,1210
46,46.1,2020,Efficacia,Numero di uscite del periodico,count,1,,n,1,1,1236
46,46.2,2020,Efficacia,Numero di uscite del periodico,count,3,,n,1,3,1237
47,47.1,2020,Efficacia (crescita follower instagram),,relative_change,50,,%,1,aumento follower del 50%,1261
48,48.1,2020,Processo,Numero di Centri Civici coinvolti,count,5,,n,1,5,1288
48,48.2,2020,Processo,Numero di assemblee pubbliche,count,5,,n,1,5,1290
48,48.3,2020,Processo,Numero di cittadini partecipanti,qualitative,,,,1,stabile rispetto al 2019*,1292
48,48.4,2020,Processo,Numero di progetti esaminati/ presentati,percent,100,,%,1,100%,1293
49,49.1,2020,Risultato,Individuazione del fornitore del sistema di IA ed affidamento,deadline,2020-03-31,,,1,Entro marzo 2020,1324
49,49.2,2020,Processo,Collaudo con esito positivo del sistema di IA in lingue italiana,min,70,,%,1,Risposte corrette non inferiori al 70 % delle richieste,1325
49,49.3,2020,Risultato,Avvio sistema IA in lingua italiana relativamente all'area servizi del sito istituzionale,deadline,2020-10-31,,,1,Entro ottobre 2020,1326
49,49.4,2020,Processo,Avvio sistema IA in lingua cinese relativamente all'area servizi del sito istituzionale,min,60,,%,1,Risposte corrette non inferiori al 60 % delle richieste,1327
50,50.1,2020,Processo,Educazione dei cittadini alla richiesta dell'identità digitale e all'utilizzo dei servizi on line dell'Ente.,qualitative,,,,1,Svolgimento di una sessione di formazione settimanale per 8/15 persone su prenotazione da partire da febbraio 2020 in via sperimentale per tre mesi,1352
50,50.2,2020,Risultato,attivazione del servizio di trasferimento di residenza o di indirizzo on line,deadline,2020-12-31,,,1,Attivazione del servizio on line interamente integrato con il software di gestione dei servizi demografici entro dicembre 2020,1353
51,51.1,2020,Risultato,Collaudo e messa in esercizio,min,50,,%,1,Almeno il 50 % delle procedure gestite entro gennaio 2020,1374
51,51.2,2020,Risultato,Collaudo e messa in esercizio,deadline,2020-01-31,,,1,Almeno il 50 % delle procedure gestite entro gennaio 2020,1374
52,52.1,2020,Risultato,Adozione del regolamento comunale sul trattamento dei dati personali,deadline,2020-05-31,,,1,entro maggio 2020,1400
53,53.1,2020,Risultato,"Recupero delle informazioni e dei documenti pubblicati nella sezione ""Amministrazione Trasparente"" attualmente pubblicata",percent,100,,%,1,Entro gennaio 2020 recupero del 100 % delle informazioni e documenti,1427
53,53.2,2020,Risultato,"Recupero delle informazioni e dei documenti pubblicati nella sezione ""Amministrazione Trasparente"" attualmente pubblicata",deadline,2020-01-31,,,1,Entro gennaio 2020 recupero del 100 % delle informazioni e documenti,1427
53,53.3,2020,Risultato,Formazione dei referenti di settore per la trasparenza,min,14,,n,1,Entro febbraio 2020 formazione di almeno 14 persone,1428
53,53.4,2020,Risultato,Formazione dei referenti di settore per la trasparenza,deadline,2020-02-29,,,1,Entro febbraio 2020 formazione di almeno 14 persone,1428
53,53.5,2020,Risultato,Redazione pagine informative e operative nella sezione e learning del sito istituzionale,deadline,2020-02-29,,,1,Entro febbraio 2020,1429
53,53.6,2020,Risultato,Formazione del personale del rispettivo settore da parte dei referenti per la trasparenza,deadline,2020-04-30,,,1,Entro aprile 2020,1430
53,53.7,2020,Risultato,Sostituzione del sistema di pubblicazione nella sezione Amministrazione Trasparente attualmente in uso,deadline,2020-04-30,,,1,Entro aprile 2020,1431
54,54.1,2020,Risultato,Sistemazione delle postazioni del personale coinvolto in uffici contigui e acquisizione della qualifica di messo notificatore,deadline,2020-01-31,,,1,Entro gennaio 2020,1456
54,54.2,2020,Risultato,Conclusione dell'attività di affiancamento,deadline,2020-07-31,,,1,Entro luglio 2020,1457
54,54.3,2020,Risultato,Formazione di tutto il personale alle funzioni principali di amministrazione del protocollo informativo,deadline,2020-12-31,,,1,Entro dicembre 2020,1458
55,55.1,2020,processo,rispetto tempistiche finali,deadline,2020-03-31,,,1,31/03/2020,1478
55,55.2,2020,risultato,Predisposizione procedura informatizzata giustificativi assenze,deadline,2020-03-31,,,1,31/03/2020,1479
56,56.1,2020,processo,Redazione proposte,deadline,2020-06-30,,,1,entro il 30/6/2020,1506
56,56.2,2020,risultato,Approvazione proposte,deadline,2020-06-30,,,1,entro il 30/6/2020,1507
57,57.1,2020,processo,Gestione organizzazione,qualitative,,,,1,,1534
57,57.2,2020,risultato,Approvazione graduatoria di merito,deadline,2020-05-31,,,1,entro il 31/5/2020,1535
58,58.1,2020,risultato,Avvio del procedimento Piano Operativo,deadline,2020-04-30,,,1,entro aprile 2020,1567
58,58.2,2020,risultato,Affidamento incarico Piano Operativo,deadline,2020-06-30,,,1,entro giugno 2020,1568
58,58.3,2020,efficacia,Attività di informazione e partecipazione,deadline,2020-06-30,,,1,avvio entro giugno 2020,1569
58,58.4,2020,efficienza,Monitoraggio correttezza dei procedimenti in riferimento alla complessità dell'obiettivo e i differenti interlocutori coinvolti e elaborazione dei processi di miglioramento,deadline,2020-12-31,,,1,"costante per tutto il periodo, con verifica finale entro dicembre 2020",1570
59,59.1,2020,risultato,Formulazione bando o altra procedura di affidamento ed espletamento delle procedure,deadline,2020-06-30,,,1,Redazione bando/procedure di scelta del contraente [VERIFICA 2020: Giugno 2020],1595
59,59.2,2020,risultato,Affidamento dell'incarico,deadline,2020-09-30,,,1,Stipula contratto [VERIFICA 2020: Settembre 2020],1596
59,59.3,2020,risultato,Scansione ed esecuzione del primo lotto,deadline,2020-12-31,,,1,Esecuzione del primo lotto previsto [VERIFICA 2020: Dicembre 2020],1597
59,59.4,2020,risultato,organizzazione e gestione dei documenti acquisiti,deadline,2020-12-31,,,1,importazione dati su gestionale [VERIFICA 2020: Dicembre 2020],1598
60,60.1,2020,risultato,qualificazione delle procedure non archiviate a causa della complessità procedurale per tipologia di abuso,count,100,,n,1,100 pratiche,1628
60,60.2,2020,risultato,individuazione di criteri di priorità,boolean,yes,,,1,SI,1629
60,60.3,2020,risultato,definizione di modalità operative con la Polizia Municipale e di un calendario delle attività in funzione delle priorità individuate,boolean,yes,,,1,SI,1630
60,60.4,2020,risultato,svolgimento dei sopralluoghi da parte della Polizia Municipale,count,50,,n,1,50 pratiche,1631
60,60.5,2020,risultato,assunzione degli atti conseguenti di sanzionamento o archiviazione,count,50,,n,1,50 pratiche,1632
60,60.6,2020,risultato,redazione del report finale di stato dei procedimenti dal 2000 ad oggi,boolean,yes,,,1,SI,1633
63,63.1,2020,RISULTATO,Approvazione progetti esecutivi,deadline,2019-06-30,,,1,entro 30/06/2019,1684
63,63.2,2020,RISULTATO,Aggiudicazione preliminare dei lavori,deadline,2019-08-20,,,1,entro 20/08/2019,1685
63,63.3,2020,RISULTATO,Inizio dei lavori,deadline,2020-06-30,,,1,entro 30/06/2020,1686
63,63.4,2020,RISULTATO,Fine dei lavori,deadline,2020-09-30,,,1,entro 30/09/2020,1687
63,63.5,2020,RISULTATO,Collaudo dei lavori,deadline,2020-12-31,,,1,entro 31/12/2020,1688
63,63.6,2020,RISULTATO,Approvazione progetti esecutivi,deadline,2019-03-31,,,1,entro 31/03/2019,1692
63,63.7,2020,RISULTATO,Aggiudicazione preliminare dei lavori,deadline,2019-05-30,,,1,entro 30/05/2019,1693
63,63.8,2020,RISULTATO,Inizio Lavori,deadline,2020-03-31,,,1,entro 31/03/2020,1694
63,63.9,2020,RISULTATO,Fine Lavori,deadline,2020-12-31,,,1,entro 31/12/2020,1695
63,63.10,2021,RISULTATO,Collaudo dei lavori,deadline,2021-03-31,,,1,entro 31/03/2021,1696
64,64.1,2020,RISULTATO,Aggiudicazione preliminare dei lavori,deadline,2019-03-31,,,1,entro 31/03/2019,1737
64,64.2,2020,RISULTATO,Inizio Lavori,deadline,2019-06-30,,,1,entro 30/06/2019,1738
64,64.3,2020,RISULTATO,Fine Lavori,deadline,2019-12-31,,,1,entro 31/12/2019,1739
64,64.4,2020,RISULTATO,Collaudo,deadline,2020-03-31,,,1,entro 31/03/2020,1740
64,64.5,2020,RISULTATO,Approvazione progetti esecutivi,deadline,2019-06-30,,,1,entro 30/06/2019,1742
64,64.6,2020,RISULTATO,Aggiudicazione preliminare dei lavori,deadline,2019-08-20,,,1,entro 20/08/2019,1743
64,64.7,2020,RISULTATO,Inizio Lavori,deadline,2020-03-31,,,1,entro 31/03/2020,1744
64,64.8,2021,RISULTATO,Fine Lavori,deadline,2021-12-31,,,1,entro 31/12/2021,1745
64,64.9,2022,RISULTATO,Collaudo,deadline,2022-03-31,,,1,entro 31/03/2022,1746
65,65.1,2020,RISULTATO,APPROVAZIONE COLLAUDI OPERE REALIZZATE 2018,deadline,2019-06-30,,,1,entro 30/06/2019,1787
65,65.2,2020,RISULTATO,APPROVAZIONE PROGETTI ESECUTIVI,deadline,2020-06-30,,,1,entro 30/06/2020,1789
65,65.3,2020,RISULTATO,AFFIDAMENTO LAVORI,deadline,2020-12-30,,,1,entro 30/12/2020,1790
65,65.4,2020,RISULTATO,PROGETTAZIONE ESECUTIVA DEI PROGETTI FINANZIATI,deadline,2019-03-31,,,1,entro 31/03/2019,1792
65,65.5,2020,RISULTATO,AGGIUDICAZIONE PRELIMINARE DEI LAVORI,deadline,2019-06-30,,,1,entro 30/06/2019,1793
65,65.6,2020,RISULTATO,INIZIO LAVORI,deadline,2019-09-30,,,1,entro 30/09/2019,1794
65,65.7,2020,RISULTATO,FINE LAVORI VIALE MACHIAVELLI,deadline,2020-06-30,,,1,entro 30/06/2020,1795
65,65.8,2020,RISULTATO,COLLAUDO VIALE MACHIAVELLI,deadline,2020-12-30,,,1,entro 30/12/2020,1796
66,66.1,2020,RISULTATO,APPROVAZIONE PROGETTO ESECUTIVO,deadline,2019-03-31,,,1,entro 31/03/2019,1823
66,66.2,2020,RISULTATO,AFFIDAMENTO DEFINITIVO GARA E SOTTOSCRIZIONE CONTRATTO,deadline,2019-12-31,,,1,entro 31/12/2019,1824
66,66.3,2020,RISULTATO,INIZIO LAVORI,deadline,2020-03-30,,,1,entro 30/03/2020,1825
66,66.4,2020,RISULTATO,FINE LAVORI,deadline,2020-09-30,,,1,entro 30/09/2020,1826
66,66.5,2020,RISULTATO,COLLAUDO LAVORI,deadline,2020-12-31,,,1,entro 31/12/2020,1827
67,67.1,2020,RISULTATO,REDAZIONE DOCUMENTO DI FATTIBILITA' PER LA GESTIONE DI ALA NORD,deadline,2020-06-30,,,1,entro 30/06/2020,1856
67,67.2,2020,RISULTATO,INIZIO LAVORI,deadline,2020-09-30,,,1,entro 30/09/2020,1857
67,67.3,2021,RISULTATO,"REDAZIONE DOCUMENTO DI FATTIBILITA' PER LA GESTIONE DEI ""FORNI""",deadline,2021-03-31,,,1,entro 31/03/2021,1858
68,68.1,2020,RISULTATO,REDAZIONE DOCUMENTO DI FATTIBILITA' LA LUCCIOLA,deadline,2019-06-30,,,1,entro 30/06/2019,1886
68,68.2,2020,RISULTATO,REDAZIONE PROGETTO ESECUTIVO LA LUCCIOLA,deadline,2019-12-31,,,1,entro 31/12/2019,1887
68,68.3,2020,RISULTATO,AGGIUDICAZIONE LAVORI,deadline,2019-03-31,,,1,entro 31/03/2019,1888
68,68.4,2020,RISULTATO,INIZIO LAVORI,deadline,2020-05-30,,,1,entro 30/05/2020,1889
68,68.5,2021,RISULTATO,FINE LAVORI,deadline,2021-05-31,,,1,entro 31/05/2021,1890
69,69.1,2020,RISULTATO,Scuola Brogi -Progettazione Definitiva/Esecutiva,deadline,2019-02-28,,,1,entro 28/02/2019,1921
69,69.2,2020,RISULTATO,Scuola Brogi -Aggiudicazione lavori,deadline,2019-04-15,,,1,entro 15/04/2019,1922
69,69.3,2020,RISULTATO,Scuola Brogi -Inizio dei lavori,deadline,2019-04-19,,,1,entro 19/04/2019,1923
69,69.4,2020,RISULTATO,Scuola Brogi -Fine Lavori,deadline,2020-03-30,,,1,entro 30/03/2020,1924
69,69.5,2020,RISULTATO,Scuola Brogi -Collaudo,deadline,2020-06-30,,,1,entro 30/06/2020,1925
70,70.1,2020,Efficacia,Concordare con Amministrazione e verificare progetto definitivo redatto da soggetti esterni,percent,100,,%,1,100%,1955
71,71.1,2020,qualità,Partecipazioni incontri tecnici e conferenze di servizi,percent,100,,%,1,100%,1991
71,71.2,2020,efficacia,Approvazione progettazione definitiva,deadline,2020-06-30,,,1,entro 30/06/2020,1992
71,71.3,2022,risultato,Entrata in servizio,deadline,2022-12-31,,,1,entro 2022,1993
71,71.4,2020,efficienza,Pubblicazione Bando,deadline,2020-12-31,,,1,2020,1995
72,72.1,2020,Efficacia,Risparmio energia in termini economici,percent,20,,%,1,20%,2018
72,72.2,2020,Risultato,Copertura progressiva di tutto il territorio con nuovi lampioni a led,percent,100,,%,1,100%,2020
73,73.1,2020,Efficacia,Rispetto tempistiche per raccolta e valutazione dati e Redazione disciplinare,percent,90,,%,1,90%,2050
73,73.2,2020,Efficacia,Rispetto tempistiche per Affidamento gestione e avvio del servizio,percent,90,,%,1,90%,2051
73,73.3,2020,Efficacia,Rispetto tempistiche per Attività interfaccia e coordinamento al concessionario,percent,90,,%,1,90%,2052
74,74.1,2020,efficacia,Nuovo Assemblée con CITTADINI,count,2,,n,1,2,2097
74,74.2,2020,efficacia,N. Interventi per gestione criticità in seguito all'avvio del servizio - Lotto 3,count,5,,n,1,5,2098
74,74.3,2020,efficacia,N. Interventi per gestione criticità in seguito all'avvio del servizio - Lotto 4,count,5,,n,1,5,2099
74,74.4,2020,risultato,Rispetto tempistiche per attivazione servizio - Lotto 4,percent,90,,%,1,90%,2100
76,76.1,2020,Risultato,Incontri in aula,count,55,,n,1,55,2134
76,76.2,2020,Risultato,Numero alunni coinvolti,count,1200,,n,1,1200,2135
77,77.1,2020,Risultato,Numeri di contatti con i cittadini,count,700,,n,1,totali nel triennio 1800 così suddivisi,2162
77,77.1,2021,Risultato,Numeri di contatti con i cittadini,count,900,,n,1,totali nel triennio 1800 così suddivisi,2162
77,77.2,2020,Risultato/Efficacia,Numero di turni di servizio,count,350,,n,1,totali nel triennio 800 così suddivisi,2163
77,77.2,2021,Risultato/Efficacia,Numero di turni di servizio,count,350,,n,1,totali nel triennio 800 così suddivisi,2163
77,77.3,2020,Risultato,Numero svolgimento tavoli tecnici,count,10,,n,1,totali nel triennio 23 così suddivisi,2164
77,77.3,2021,Risultato,Numero svolgimento tavoli tecnici,count,10,,n,1,totali nel triennio 23 così suddivisi,2164
77,77.4,2020,Risultato,Numero presenze ufficio mobile informativo,count,30,,n,1,totali nel triennio 60 così suddivisi,2165
77,77.4,2021,Risultato,Numero presenze ufficio mobile informativo,count,30,,n,1,totali nel triennio 60 così suddivisi,2165
78,78.1,2020,Risultato,Verbale di estrazione,count,8,,n,1,n. 8,2189
78,78.2,2020,Risultato,Percentuale sopralluoghi e accertamenti eseguiti,percent,10,,%,1,10% delle SCIA presentate,2190
79,79.1,2020,Risultato,Numero turni di controllo primo semestre - Area vigenza cassonetti,count,15,,n,1,15,2214
79,79.2,2020,Risultato,Numero veicoli sospetti in transito controllati - secondo semestre,count,100,,n,1,100,2215
79,79.3,2020,Risultato,Numero turni di monitoraggio del territorio nella piana e aree produttive,count,20,,n,1,20,2216
80,80.1,2020,Risultato,incremento percentuale sanzioni per sosta irregolare su attraversamenti pedonali ciclabili su area (rispetto media triennio 2017-2019),min,50,350,%,1,≥ 50%,2242
80,80.2,2020,Risultato,incremento percentuale sanzioni per sosta irregolare su percorsi pedonali/ciclabili (rispetto media triennio 2017-2019),min,20,90,%,1,≥ 20%,2243
80,80.3,2020,Risultato,incremento percentuale sanzioni per sosta irregolare su marciapiedi (rispetto media triennio 2017-2019),min,50,410,%,1,≥ 50%,2244
80,80.4,2020,Risultato,incremento percentuale sanzioni per uso di cellulare alla guida di veicoli (rispetto media triennio 2017-2019),min,20,100,%,1,≥ 20%,2245
81,81.1,2020,Risultato,Numero di amministratori e dipendenti presenti,count,100,,n,1,100,2269
81,81.2,2020,Efficacia,Superamento dei partecipanti di un test anonimo di autovalutazione,percent,60,,%,1,"60,00%",2270
82,82.1,2020,RISULTATO,"Promozione presso soggetti potenziali partner (farmacie, medici, associazioni) per la sensibilizzazione e diffusione del progetto, con organizzazione di incontri dedicati",count,2,,n,1,2,2293
82,82.2,2020,RISULTATO,Verifica dell'utilizzo della App secondo il numero dei download dell'app scaricati,count,100,,n,1,100,2294
82,82.3,2020,RISULTATO,"Verifica dell'uso del social dedicato secondo il numero degli iscritti al gruppo Facebook, di cui si prevede un incremento stimato pari al triplo nell'anno 2020",count,100,,n,1,100,2295
83,83.1,2020,RISULTATO,Attivazione di nuovi progetti di sostegno all'emergenza socio-abitativa,count,10,,n,1,10 utenti,2315
83,83.2,2020,RISULTATO,"Ricognizione offerta di alloggi e/o soluzioni sul territorio della zona Nord Ovest utilizzabili per progetti di carattere sociale, mediante incontri dedicati",count,2,,n,1,2 incontri,2316
84,84.1,2020,RISULTATO,"Realizzazione e promozione di una serie di attività rivolte ai ragazzi disabili residenti sul territorio (laboratori teatrali e musicali, attività di calcio, mercatino di Natale, partecipazione alle partite)",percent,100,,%,1,100%,2338
84,84.2,2020,RISULTATO,Aumento esercizi commerciali coinvolti nel progetto Autism Friendly e conseguente organizzazione di nuova giornata di formazione,count,10,,n,1,10,2339
84,84.3,2020,RISULTATO,Nuova giornata di formazione agli esercenti,count,1,,n,1,1,2340
85,85.1,2020,RISULTATO,Partecipazione del personale a giornata di formazione,count,3,,n,1,3,2362
85,85.2,2020,RISULTATO,Produzione di modelli di gestione da condividere con tutti i comuni facenti parte della Sds Fiorentina Nord Ovest,count,5,,n,1,5,2364
85,85.3,2020,RISULTATO,Individuazione e/o attivazione di postazioni dedicate alla gestione del cartellino del personale assegnato funzionalmente alla Sds,count,4,,n,1,4,2365
