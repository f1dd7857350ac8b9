/*
 * msg.c - the message table and language-aware number formatting (see
 * msg.h).  One row per message: Italian first, then English.
 */
#include "msg.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

static const char *const table[M_COUNT_][2] = {
	[M_SUMMARY_TITLE] = {"pegaso - esecuzione di fine anno",
			     "pegaso - year-end run"},
	[M_REPORTS_SKIPPED] =
		{"Rapporti: report.html e report.xlsx non scritti per le "
		 "dimensioni dell'esecuzione (%zu posizioni, %zu obiettivi; con "
		 "reports = auto si scrivono fino a %d posizioni e %d "
		 "obiettivi: reports = always li scrive sempre)\n",
		 "Reports: report.html and report.xlsx not written for the "
		 "size of the run (%zu positions, %zu objectives; reports = auto "
		 "writes them up to %d positions and %d objectives: reports = "
		 "always always does)\n"},
	[M_ENTE] = {"Ente", "Ente"},
	[M_YEAR] = {"Anno", "Year"},
	[M_RULES] = {"Regole", "Rules"},
	[M_ENGINE] = {"Motore", "Engine"},
	[M_PLAN] = {"Piano della performance", "Performance plan"},
	[M_OBJECTIVES] = {"Obiettivi", "Objectives"},
	[M_SCORED] = {"valutati", "scored"},
	[M_NEUTRALIZED] = {"neutralizzati", "neutralized"},
	[M_NO_INDICATORS] = {"senza indicatori nell'anno",
			     "without indicators this year"},
	[M_INDICATORS] = {"Indicatori", "Indicators"},
	[M_MEASURED] = {"misurati", "measured"},
	[M_JUDGEMENT] = {"a giudizio", "by judgement"},
	[M_NOT_DUE] = {"non dovuti nell'anno", "not due this year"},
	[M_MISSING] = {"senza verifica (valutati 0)",
		       "without verification (scored 0)"},
	[M_OTHER_YEARS] = {"righe di altri anni non usate",
			   "rows of other years not used"},
	[M_VERIFICATIONS] = {"verifiche", "verifications"},
	[M_ACHIEVEMENT] = {"Grado di raggiungimento", "Achievement"},
	[M_ALL_OBJECTIVES] = {"tutti gli obiettivi", "all objectives"},
	[M_INCENTIVIZED_OBJECTIVES] = {"obiettivi incentivabili",
				       "incentivized objectives"},
	[M_SECTOR] = {"Settore", "Settore"},
	[M_WARNINGS] = {"Avvisi", "Warnings"},
	[M_NONE] = {"nessuno", "none"},
	[M_NOT_MEASURABLE] = {"n.d.", "n/a"},
	[M_STAFF] = {"Personale", "Staff"},
	[M_EMPLOYEES] = {"dipendenti", "employees"},
	[M_POSITIONS] = {"posizioni", "positions"},
	[M_POOLS] = {"Fondi distribuiti", "Pools"},
	[M_POOL] = {"Fondo", "Pool"},
	[M_AMOUNT] = {"stanziato", "amount"},
	[M_ELIGIBLE] = {"posizioni ammesse", "eligible positions"},
	[M_POSITIVE] = {"valutati positivamente", "positively evaluated"},
	[M_PAID] = {"distribuito", "paid"},
	[M_REDISTRIBUTED] = {"economie ridistribuite", "economies redistributed"},
	[M_MAGGIORAZIONE] = {"maggiorazione art. 69", "art. 69 maggiorazione"},
	[M_BENEFICIARIES] = {"beneficiari", "beneficiaries"},
	[M_ECONOMIES] = {"economie restituite all'ente",
			 "economies returned to the ente"},
	[M_CONSERVATION] = {"quadratura", "conservation"},
	[M_BALANCED] = {"stanziato = distribuito + maggiorazione + economie, "
			"al centesimo",
			"amount = paid + maggiorazione + economies, to the cent"},
	[M_LEGAL_CHECKS] = {"Controlli di legittimit\xc3\xa0", "Legal checks"},
	[M_CHECK_OK] = {"rispettato", "ok"},
	[M_CHECK_FAIL] = {"NON RISPETTATO", "FAILED"},
	[M_CHECK_NA] = {"non verificato", "not checked"},
	[M_TOTAL_PAID] = {"Totale distribuito", "Total paid"},
	[M_MODE_SHARE] =
		{"ripartizione",
		 "share"},
	[M_MODE_BUDGET] =
		{"premio teorico",
		 "budget"},
	[M_LEVEL_OFF] =
		{"disattivato",
		 "off"},
	[M_LEVEL_WARNING] =
		{"avviso",
		 "warning"},
	[M_LEVEL_ERROR] =
		{"bloccante",
		 "error"},
	[M_LEGAL_ART68_NO_POOL] =
		{"non verificabile: manca il fondo individuale ([legal] "
		 "individual_pool)",
		 "not verifiable: no individual pool ([legal] "
		 "individual_pool)"},
	[M_LEGAL_ART68_NO_VAR] =
		{"non verificabile: [fund] non indica variable_resources",
		 "not verifiable: [fund] has no variable_resources"},
	[M_LEGAL_ART68_OK] =
		{"il fondo per la performance individuale, {1}, \xc3\xa8 "
		 "almeno il {2}% delle risorse variabili, {3}",
		 "individual pool {1} is at least the {2}% of variable "
		 "resources {3}"},
	[M_LEGAL_ART68_FAIL] =
		{"il fondo per la performance individuale, {1}, \xc3\xa8 "
		 "inferiore al {2}% delle risorse variabili, {3}",
		 "individual pool {1} is below the {2}% of variable "
		 "resources {3}"},
	[M_LEGAL_FUNDED_OK] =
		{"i fondi per la performance organizzativa e individuale "
		 "sono entrambi finanziati",
		 "organizational and individual pools are both funded"},
	[M_LEGAL_FUNDED_FAIL] =
		{"i fondi per la performance organizzativa ({1}) e "
		 "individuale ({2}) devono esistere ed essere entrambi "
		 "finanziati",
		 "organizational ({1}) and individual ({2}) pools must "
		 "both exist and be funded"},
	[M_LEGAL_ART69_PERCENT] =
		{"[{1}] maggiorazione_percent {2} \xc3\xa8 inferiore al "
		 "minimo del {3}% del premio medio",
		 "[{1}] maggiorazione_percent {2} is below the minimum "
		 "{3}% of the average premium"},
	[M_LEGAL_ART69_NONE] =
		{"[{1}] nessuna maggiorazione: {2} valutati "
		 "positivamente, la quota del {3}% d\xc3\xa0 {4} "
		 "beneficiari",
		 "[{1}] no maggiorazione: {2} positively evaluated, "
		 "quota {3}% gives {4} beneficiaries"},
	[M_LEGAL_ART69_OK] =
		{"[{1}] {2} beneficiari su {3}; la maggiorazione "
		 "pi\xc3\xb9 bassa, {4}, \xc3\xa8 almeno il {5}% del "
		 "premio medio effettivo, {6}",
		 "[{1}] {2} beneficiaries of {3}; smallest bonus {4} is "
		 "at least {5}% of the actual average premium {6}"},
	[M_LEGAL_ART69_FAIL] =
		{"[{1}] {2} beneficiari su {3}; la maggiorazione "
		 "pi\xc3\xb9 bassa, {4}, \xc3\xa8 inferiore al {5}% del "
		 "premio medio effettivo, {6}",
		 "[{1}] {2} beneficiaries of {3}; smallest bonus {4} is "
		 "below {5}% of the actual average premium {6}"},
	[M_LEGAL_ART69_ALL] =
		{"[{1}] tutti i {2} valutati positivamente ricevono la "
		 "maggiorazione: l'art. 69 c.2 la riserva a una quota "
		 "limitata del personale valutato",
		 "[{1}] all {2} positively evaluated receive the "
		 "maggiorazione: art. 69 c.2 keeps it to a limited share of "
		 "the staff evaluated"},
	[M_LEGAL_UNDIFF_OK] =
		{"[{1}] {2} percettori: gli importi seguono i punteggi",
		 "[{1}] {2} payees: amounts follow the scores"},
	[M_LEGAL_UNDIFF_FAIL] =
		{"[{1}] tutti i {2} percettori ricevono lo stesso "
		 "importo bench\xc3\xa9 i punteggi siano diversi",
		 "[{1}] all {2} payees receive the same amount although "
		 "their scores differ"},
	[M_LEGAL_PROTECTED_OK] =
		{"righe di assenze tutelate: {1}; nessuna ha ridotto il "
		 "fattore tempo",
		 "{1} protected absence rows did not reduce any time "
		 "factor"},
	[M_LEGAL_PROTECTED_FAIL] =
		{"[absences] indica {1} (assenza tutelata dalla legge) "
		 "tra le cause che riducono il premio",
		 "[absences] lists {1} (protected by law) as reducing"},
	[M_REPORT_TITLE] =
		{"Performance e premi",
		 "Performance and premiums"},
	[M_KEY_FIGURES] =
		{"Dati principali",
		 "Key figures"},
	[M_H_ACHIEVEMENT] =
		{"Grado di raggiungimento dell'ente e dei settori",
		 "Achievement of the ente and its settori"},
	[M_H_OBJECTIVES] =
		{"Obiettivi e indicatori",
		 "Objectives and indicators"},
	[M_H_DISTRIBUTION] =
		{"Distribuzione dei premi",
		 "Distribution of premiums"},
	[M_H_DIFFERENTIATION] =
		{"Differenziazione dei premi",
		 "Differentiation of premiums"},
	[M_H_POOLS] =
		{"Fondi: stanziato, distribuito, economie",
		 "Pools: amount, paid, economies"},
	[M_H_TRANSPARENCY] =
		{"Trasparenza (D.Lgs. 33/2013 art. 20)",
		 "Transparency (D.Lgs. 33/2013 art. 20)"},
	[M_CONTENTS] =
		{"Indice",
		 "Contents"},
	[M_ST_MET] =
		{"raggiunto",
		 "met"},
	[M_ST_PARTLY] =
		{"parzialmente raggiunto",
		 "partly met"},
	[M_ST_NOT_MET] =
		{"non raggiunto",
		 "not met"},
	[M_ST_MISSING] =
		{"senza verifica",
		 "not verified"},
	[M_ST_NEUTRALIZED] =
		{"neutralizzato",
		 "neutralized"},
	[M_ST_NOT_DUE] =
		{"non dovuto nell'anno",
		 "not due this year"},
	[M_ST_NONE] =
		{"senza indicatori nell'anno",
		 "no indicators this year"},
	[M_COL_OBJECTIVE] =
		{"obiettivo",
		 "objective"},
	[M_COL_TARGET] =
		{"valore atteso",
		 "target"},
	[M_COL_ACTUAL] =
		{"valore rilevato",
		 "actual"},
	[M_COL_SCORE] =
		{"punteggio",
		 "score"},
	[M_COL_STATUS] =
		{"stato",
		 "status"},
	[M_COL_WEIGHT] =
		{"peso",
		 "weight"},
	[M_COL_RESULT] =
		{"esito",
		 "result"},
	[M_COL_REFERENCE] =
		{"riferimento normativo",
		 "legal reference"},
	[M_COL_DETAIL] =
		{"che cosa \xc3\xa8 stato verificato",
		 "what was checked"},
	[M_COL_LEVEL] =
		{"livello",
		 "level"},
	[M_COL_GROUP] =
		{"gruppo",
		 "group"},
	[M_COL_AREA] =
		{"area",
		 "area"},
	[M_COL_MEASURE] =
		{"voce",
		 "measure"},
	[M_COL_VALUE] =
		{"valore",
		 "value"},
	[M_COL_BASIS] =
		{"base giuridica",
		 "legal basis"},
	[M_KIND_PERCENT] =
		{"percentuale",
		 "percent"},
	[M_KIND_COUNT] =
		{"quantit\xc3\xa0",
		 "count"},
	[M_KIND_MIN] =
		{"almeno",
		 "at least"},
	[M_KIND_MAX] =
		{"al massimo",
		 "at most"},
	[M_KIND_DEADLINE] =
		{"scadenza",
		 "deadline"},
	[M_KIND_BOOLEAN] =
		{"s\xc3\xac/no",
		 "yes/no"},
	[M_KIND_PP_INCREMENT] =
		{"incremento in punti",
		 "increase in points"},
	[M_KIND_RELATIVE_CHANGE] =
		{"variazione relativa",
		 "relative change"},
	[M_KIND_QUALITATIVE] =
		{"qualitativo",
		 "qualitative"},
	[M_KIND_PHASES] =
		{"tempi delle fasi",
		 "phase schedule"},
	[M_YES] =
		{"s\xc3\xac",
		 "yes"},
	[M_NO] =
		{"no",
		 "no"},
	[M_ACH_CHART] =
		{"Grafico a barre: grado di raggiungimento dell'ente e "
		 "di ogni settore, su tutti gli obiettivi e sugli "
		 "obiettivi incentivabili",
		 "Bar chart: achievement of the ente and of each "
		 "settore, over all objectives and over the incentivized "
		 "ones"},
	[M_HIST_CHART] =
		{"Istogramma: numero di dipendenti per classe di premio "
		 "complessivo, per area",
		 "Histogram: number of employees by class of total "
		 "premium, by area"},
	[M_HIST_X] =
		{"premio complessivo per dipendente",
		 "total premium per employee"},
	[M_HIST_Y] =
		{"dipendenti",
		 "employees"},
	[M_HIST_PAID] =
		{"dipendenti con un premio",
		 "employees with a premium"},
	[M_HIST_UNPAID] =
		{"senza premio",
		 "without a premium"},
	[M_HIST_TABLE] =
		{"Dipendenti per classe di premio e area",
		 "Employees by premium class and area"},
	[M_LORENZ_CHART] =
		{"Curva di Lorenz dei premi: quota cumulata dei premi "
		 "ricevuta dalla quota cumulata dei percettori, dal "
		 "premio pi\xc3\xb9 basso",
		 "Lorenz curve of premiums: cumulative share of premiums "
		 "received by the cumulative share of payees, from the "
		 "lowest premium"},
	[M_LORENZ_X] =
		{"quota cumulata dei percettori",
		 "cumulative share of payees"},
	[M_LORENZ_Y] =
		{"quota cumulata dei premi",
		 "cumulative share of premiums"},
	[M_LORENZ_EQUALITY] =
		{"premi tutti uguali",
		 "all premiums equal"},
	[M_LORENZ_NOTE] =
		{"L'indice di Gini misura la differenziazione: 0 se "
		 "tutti ricevono lo stesso premio, vicino a 1 se pochi "
		 "ricevono quasi tutto. La curva pi\xc3\xb9 lontana "
		 "dalla diagonale indica premi pi\xc3\xb9 differenziati.",
		 "The Gini index measures differentiation: 0 when "
		 "everyone receives the same premium, close to 1 when a "
		 "few receive almost everything. The further the curve "
		 "from the diagonal, the more differentiated the "
		 "premiums."},
	[M_LORENZ_NONE] =
		{"nessun percettore",
		 "no payee"},
	[M_GINI] =
		{"indice di Gini",
		 "Gini index"},
	[M_GROUP_STAFF] =
		{"personale",
		 "staff"},
	[M_GROUP_MANAGERS] =
		{"dirigenti",
		 "managers"},
	[M_POOLS_CHART] =
		{"Grafico a barre: composizione di ogni fondo tra "
		 "distribuito, economie ridistribuite, maggiorazione ed "
		 "economie restituite",
		 "Bar chart: how each pool splits into paid, economies "
		 "redistributed, maggiorazione and economies returned"},
	[M_CONS_OK] =
		{"quadra",
		 "balanced"},
	[M_CONS_FAIL] =
		{"NON QUADRA",
		 "DOES NOT BALANCE"},
	[M_TR_ALLOCATED] =
		{"premi stanziati",
		 "premiums allocated"},
	[M_TR_DISTRIBUTED] =
		{"premi distribuiti",
		 "premiums distributed"},
	[M_TR_ECONOMIES] =
		{"economie",
		 "economies"},
	[M_TR_PERSONS] =
		{"dipendenti interessati",
		 "persons concerned"},
	[M_TR_PAYEES] =
		{"percettori",
		 "payees"},
	[M_TR_AVERAGE_ACHIEVABLE] =
		{"premio mediamente conseguibile",
		 "average achievable premium"},
	[M_TR_AVERAGE_PAID] =
		{"premio medio distribuito",
		 "average premium paid"},
	[M_TR_GE90] =
		{"percettori con almeno il 90% del premio pi\xc3\xb9 "
		 "alto",
		 "payees at 90% or more of the highest premium"},
	[M_TR_60_90] =
		{"percettori tra il 60% e il 90% del premio pi\xc3\xb9 "
		 "alto",
		 "payees between 60% and 90% of the highest premium"},
	[M_TR_LT60] =
		{"percettori sotto il 60% del premio pi\xc3\xb9 alto",
		 "payees below 60% of the highest premium"},
	[M_TR_PERCENT_OF] =
		{"in percentuale dei percettori",
		 "as a percent of payees"},
	[M_TR_GINI] =
		{"indice di differenziazione (Gini)",
		 "differentiation index (Gini)"},
	[M_TR_SUPPRESSED] =
		{"non pubblicato: meno di {1} persone",
		 "not published: fewer than {1} persons"},
	[M_TR_NOTE] =
		{"Dati aggregati, senza dati personali, come in "
		 "transparency.csv; i gruppi con meno di {1} persone non "
		 "sono pubblicati.",
		 "Aggregate data, without personal data, as in "
		 "transparency.csv; groups of fewer than {1} persons are "
		 "not published."},
	[M_NO_DISTRIBUTION] =
		{"Questa esecuzione valuta il piano e non distribuisce "
		 "il fondo.",
		 "This run scores the plan and does not distribute the "
		 "fund."},
	[M_PAYEES] =
		{"percettori",
		 "payees"},
	[M_ALL_AREAS] =
		{"tutte le aree",
		 "all areas"},
	[M_PERSONS] =
		{"dipendenti",
		 "employees"},
	[M_NOTE] =
		{"nota",
		 "note"},
	[M_BASELINE] =
		{"base",
		 "baseline"},
	[M_NOT_INCENTIVIZED] =
		{"non incentivabile",
		 "not incentivized"},
	[M_LEGEND] =
		{"Legenda",
		 "Legend"},
	[M_FROM_TO] =
		{"da {1} a meno di {2}",
		 "from {1} to less than {2}"},
	[M_FOOTER] =
		{"Prodotto da pegaso {1}. I valori esatti, passo per "
		 "passo, sono nei file CSV della stessa cartella "
		 "(indicators.csv, objectives.csv, sectors.csv, "
		 "payouts.csv, transparency.csv, trace.csv).",
		 "Produced by pegaso {1}. The exact values, step by "
		 "step, are in the CSV files of the same folder "
		 "(indicators.csv, objectives.csv, sectors.csv, "
		 "payouts.csv, transparency.csv, trace.csv)."},
	/* explain */
	[M_EX_TITLE_EMPLOYEE] =
		{"Spiegazione dell'importo del dipendente %s",
		 "How the pay of employee %s is computed"},
	[M_EX_TITLE_OBJECTIVE] =
		{"Spiegazione del grado di raggiungimento dell'obiettivo %s",
		 "How the achievement of objective %s is computed"},
	[M_EX_TITLE_INDICATOR] =
		{"Spiegazione del punteggio dell'indicatore %s",
		 "How the score of indicator %s is computed"},
	[M_EX_FOLDER] =
		{"Cartella dell'esecuzione: %s (scritta da pegaso %s)",
		 "Run folder: %s (written by pegaso %s)"},
	[M_EX_CHECKED] =
		{"Controllato prima di spiegare: gli input hanno le "
		  "impronte SHA-256 del manifest e il ricalcolo riproduce "
		  "byte per byte %s.",
		 "Checked before explaining: the inputs have the SHA-256 of "
		  "the manifest, and recomputing them gives %s byte for "
		  "byte."},
	[M_EX_ROUNDING] =
		{"Arrotondamenti (met\xc3\xa0 per eccesso): rapporti, "
		  "punteggi e medie a 6 decimali, fattore tempo a 9, punti "
		  "a 12, importi al centesimo.",
		 "Rounding (half up): ratios, scores and means to 6 "
		  "decimals, time factor to 9, points to 12, amounts to the "
		  "cent."},
	[M_EX_YES] =
		{"s\xc3\xac",
		 "yes"},
	[M_EX_NO] =
		{"no",
		 "no"},
	[M_EX_UNKNOWN] =
		{"non indicato",
		 "unknown"},
	[M_EX_REF] =
		{"(regole %s; riferimento: %s)",
		 "(rules %s; reference: %s)"},
	[M_EX_REF_NOBASIS] =
		{"(regole %s)",
		 "(rules %s)"},
	[M_EX_IND_HEAD] =
		{"Indicatore %s (%s, peso %s)",
		 "Indicator %s (%s, weight %s)"},
	[M_EX_IND_SOURCE] =
		{"verifica: %s riga %s, valore scritto \"%s\"",
		 "verification: %s line %s, written \"%s\""},
	[M_EX_IND_SOURCE_LINE] = {"verifica: %s riga %s",
				  "verification: %s line %s"},
	[M_EX_IND_EVIDENCE] =
		{"evidenza: %s",
		 "evidence: %s"},
	[M_EX_IND_VALUES] =
		{"valore effettivo %s, target %s",
		 "actual %s, target %s"},
	[M_EX_IND_VALUES_BASE] =
		{"valore effettivo %s, base %s, target %s",
		 "actual %s, baseline %s, target %s"},
	[M_EX_IND_RATIO] =
		{"rapporto di raggiungimento = %s = %s",
		 "achievement ratio = %s = %s"},
	[M_EX_F_RATIO] =
		{"100 \xc3\x97 effettivo / target",
		 "100 \xc3\x97 actual / target"},
	[M_EX_F_MAX_MET] =
		{"100, perch\xc3\xa9 l'effettivo non supera il target",
		 "100, as the actual is not above the target"},
	[M_EX_F_MAX] =
		{"100 \xc3\x97 target / effettivo",
		 "100 \xc3\x97 target / actual"},
	[M_EX_F_PP] =
		{"100 \xc3\x97 (effettivo \xe2\x88\x92 base) / target",
		 "100 \xc3\x97 (actual \xe2\x88\x92 baseline) / target"},
	[M_EX_F_REL] =
		{"100 \xc3\x97 [100 \xc3\x97 (effettivo \xe2\x88\x92 base) "
		  "/ base] / target",
		 "100 \xc3\x97 [100 \xc3\x97 (actual \xe2\x88\x92 baseline) "
		  "/ baseline] / target"},
	[M_EX_F_REL_NOBASE] =
		{"100 \xc3\x97 effettivo / target (l'effettivo \xc3\xa8 la "
		  "variazione misurata)",
		 "100 \xc3\x97 actual / target (the actual is the measured "
		  "change)"},
	[M_EX_IND_DEADLINE] =
		{"eseguito il %s, scadenza %s, tolleranza %s giorni: giorni "
		  "di ritardo %s",
		 "done on %s, due %s, grace %s days: days late %s"},
	[M_EX_IND_BOOL] =
		{"eseguito: %s",
		 "done: %s"},
	[M_EX_FN_RATIO] =
		{"funzione %s: il punteggio \xc3\xa8 il rapporto (tetto %s, "
		  "soglia minima %s)",
		 "function %s: the score is the ratio (cap %s, floor %s)"},
	[M_EX_FN_CURVE] =
		{"funzione curve: la curva %s nel rapporto d\xc3\xa0 %s "
		  "(tetto %s, soglia minima %s)",
		 "function curve: the curve %s at the ratio gives %s (cap "
		  "%s, floor %s)"},
	[M_EX_FN_ON_TIME] =
		{"funzione on_time: 100 se eseguito entro scadenza "
		  "pi\xc3\xb9 tolleranza, altrimenti 0",
		 "function on_time: 100 when done by the due date plus "
		  "grace, else 0"},
	[M_EX_FN_LINEAR] =
		{"funzione deadline_linear: 100 entro scadenza pi\xc3\xb9 "
		  "tolleranza, poi in calo lineare fino a 0 a %s giorni di "
		  "ritardo",
		 "function deadline_linear: 100 by the due date plus grace, "
		  "then falling linearly to 0 at %s days late"},
	[M_EX_FN_BINARY] =
		{"funzione binary: 100 per s\xc3\xac, 0 per no",
		 "function binary: 100 for yes, 0 for no"},
	[M_EX_PH_HEAD] =
		{"misurato dal cronoprogramma: %s fasi dovute nel %s (nei "
		  "tempi %s, in ritardo %s, non svolte %s, senza verifica %s, "
		  "neutralizzate %s)",
		 "measured from the schedule: %s phases due in %s (on time "
		  "%s, late %s, not done %s, without verification %s, "
		  "neutralized %s)"},
	[M_EX_PH_DONE] =
		{"fase %s: scadenza %s, svolta il %s, nei tempi: punteggio %s",
		 "phase %s: due %s, done on %s, on time: score %s"},
	[M_EX_PH_LATE] =
		{"fase %s: scadenza %s, svolta il %s, %s giorni oltre la "
		  "tolleranza: punteggio %s",
		 "phase %s: due %s, done on %s, %s days beyond the grace: "
		  "score %s"},
	[M_EX_PH_NOT_DONE] =
		{"fase %s: scadenza %s, non svolta: punteggio %s",
		 "phase %s: due %s, not done: score %s"},
	[M_EX_PH_MISSING] =
		{"fase %s: scadenza %s, senza verifica: punteggio %s",
		 "phase %s: due %s, no verification: score %s"},
	[M_EX_PH_NEUTRALIZED] =
		{"fase %s: scadenza %s, neutralizzata (%s): non conta",
		 "phase %s: due %s, neutralized (%s): does not count"},
	[M_EX_PH_NOT_COUNTED] =
		{"fase %s: scadenza %s, %s: non conta",
		 "phase %s: due %s, %s: does not count"},
	[M_EX_FN_PH_ON_TIME] =
		{"funzione phases_on_time: ogni fase 100 se svolta entro la "
		  "scadenza pi\xc3\xb9 %s giorni di tolleranza, altrimenti 0; "
		  "media delle %s fasi che contano: %s",
		 "function phases_on_time: each phase 100 when done by its "
		  "due date plus %s days of grace, else 0; mean of the %s "
		  "phases that count: %s"},
	[M_EX_FN_PH_LINEAR] =
		{"funzione phases_linear: ogni fase 100 entro la scadenza "
		  "pi\xc3\xb9 %s giorni di tolleranza, poi in calo lineare fino a "
		  "0 a %s giorni di ritardo; media delle %s fasi che contano: %s",
		 "function phases_linear: each phase 100 by its due date plus "
		  "%s days of grace, then falling linearly to 0 at %s days "
		  "late; mean of the %s phases that count: %s"},
	[M_EX_PH_RATIO] =
		{"rapporto: media %s / target %s = %s",
		 "ratio: mean %s / target %s = %s"},
	[M_EX_PH_SOURCE] =
		{"fasi: %s; date di svolgimento: %s",
		 "phases: %s; completion dates: %s"},
	[M_EX_PH_SOURCE_NONE] =
		{"fasi: %s; nessun file di verifica delle fasi",
		 "phases: %s; no phase verification file"},
	[M_EX_FLOORED] =
		{"rapporto sotto la soglia minima %s: punteggio 0",
		 "ratio below the floor %s: score 0"},
	[M_EX_CAPPED] =
		{"limitato al tetto %s",
		 "capped at %s"},
	[M_EX_SCORE] =
		{"\xe2\x86\x92 punteggio %s",
		 "\xe2\x86\x92 score %s"},
	[M_EX_IND_MISSING] =
		{"nessuna riga di verifica: punteggio 0 (regola missing = "
		  "zero)",
		 "no verification row: score 0 (rule missing = zero)"},
	[M_EX_IND_NEUTRALIZED] =
		{"neutralizzato (nota: %s): non conta, i pesi degli altri "
		  "indicatori sono rinormalizzati",
		 "neutralized (note: %s): not counted, the other "
		  "indicators' weights are renormalised"},
	[M_EX_IND_NOT_DUE] =
		{"non dovuto nell'anno (nota: %s): non conta",
		 "not due this year (note: %s): not counted"},
	[M_EX_IND_NOT_DUE_PLAIN] = {"non dovuto nell'anno: non conta",
				    "not due this year: not counted"},
	[M_EX_IND_JUDGEMENT] =
		{"giudizio del valutatore: %s (nota: %s)",
		 "the evaluator's judgement: %s (note: %s)"},
	[M_EX_OBJ_HEAD] =
		{"Obiettivo %s \"%s\" (settore %s; incentivabile: %s; conta "
		  "per la distribuzione: %s; peso %s)",
		 "Objective %s \"%s\" (settore %s; incentivized: %s; counts "
		  "for pay: %s; weight %s)"},
	[M_EX_OBJ_MEAN] =
		{"grado di raggiungimento = media ponderata dei punteggi = "
		  "(%s) / %s = %s (indicatori %s)",
		 "achievement = weighted mean of the scores = (%s) / %s = "
		  "%s (indicators %s)"},
	[M_EX_OBJ_MIN] =
		{"grado di raggiungimento = il punteggio pi\xc3\xb9 basso "
		  "tra %s = %s (indicatori %s)",
		 "achievement = the lowest score of %s = %s (indicators %s)"},
	[M_EX_OBJ_ALL] =
		{"grado di raggiungimento = 100 se ogni punteggio raggiunge "
		  "100, altrimenti 0; punteggi %s = %s (indicatori %s)",
		 "achievement = 100 when every score reaches 100, else 0; "
		  "scores %s = %s (indicators %s)"},
	[M_EX_OBJ_NEUTRALIZED] =
		{"neutralizzato: nessun indicatore conta, l'obiettivo esce "
		  "da ogni media",
		 "neutralized: no indicator counts, the objective leaves "
		  "every mean"},
	[M_EX_OBJ_NONE] =
		{"nessun indicatore nell'anno: l'obiettivo esce da ogni "
		  "media",
		 "no indicator this year: the objective leaves every mean"},
	[M_EX_SECTOR_MEAN] =
		{"sector = %s: grado del settore %s sugli obiettivi "
		  "incentivabili = (%s) / %s (obiettivi %s)",
		 "sector = %s: achievement of settore %s over its "
		  "incentivized objectives = (%s) / %s (objectives %s)"},
	[M_EX_ENTE_MEAN] =
		{"ente = %s: grado dell'ente sugli obiettivi incentivabili "
		  "= (%s) / %s (obiettivi %s)",
		 "ente = %s: achievement of the ente over the incentivized "
		  "objectives = (%s) / %s (objectives %s)"},
	[M_EX_ENTE_MANY] =
		{"ente = %s: media ponderata dei gradi di raggiungimento "
		  "dei %s obiettivi incentivabili (objectives.csv, pesi "
		  "weight)",
		 "ente = %s: weighted mean of the achievements of the %s "
		  "incentivized objectives (objectives.csv, weights weight)"},
	[M_EX_SECTOR_NA] =
		{"sector: il settore %s non ha obiettivi incentivabili "
		  "valutati (n.d.)",
		 "sector: settore %s has no scored incentivized objective "
		  "(n/a)"},
	[M_EX_ENTE_NA] =
		{"ente: nessun obiettivo incentivabile valutato (n.d.)",
		 "ente: no scored incentivized objective (n/a)"},
	[M_EX_SECTOR_NONE] =
		{"sector: il settore %s non ha obiettivi",
		 "sector: settore %s has no objectives"},
	[M_EX_C_OBJECTIVES] =
		{"objectives = %s: media degli obiettivi assegnati, pesata "
		  "come in assignments.csv = (%s) / %s (obiettivi %s)",
		 "objectives = %s: mean of the assigned objectives, "
		  "weighted as in assignments.csv = (%s) / %s (objectives "
		  "%s)"},
	[M_EX_C_OBJ_LEFT] =
		{"non contano gli obiettivi %s (non incentivabili o non "
		  "valutati)",
		 "objectives %s do not count (not incentivized or not "
		  "scored)"},
	[M_EX_C_EVAL] =
		{"%s = %s: valutazione individuale (%s riga %s)",
		 "%s = %s: individual evaluation (%s line %s)"},
	[M_EX_C_MISSING] =
		{"%s: non disponibile",
		 "%s: not available"},
	[M_EX_R_THRESHOLD] =
		{"punteggio sotto la soglia",
		 "score below the threshold"},
	[M_EX_R_FACTOR0] =
		{"sotto la prima fascia retribuita (fattore 0)",
		 "below the first paying band (factor 0)"},
	[M_EX_R_TIME0] =
		{"fattore tempo 0",
		 "time factor 0"},
	[M_EX_R_POINTS0] =
		{"punti arrotondati a 0",
		 "points round to 0"},
	[M_EX_TERM_FALLBACK] =
		{"%s (mancante, sostituito da %s)",
		 "%s (missing, replaced by %s)"},
	[M_EX_SCORE_LINE] =
		{"punteggio = %s = %s",
		 "score = %s = %s"},
	[M_EX_FACTOR_LINEAR] =
		{"fattore = punteggio = %s (curva linear)",
		 "factor = score = %s (curve linear)"},
	[M_EX_FACTOR_LINEAR_CAP] =
		{"fattore = %s (curva linear, al massimo 100 in "
		  "modalit\xc3\xa0 budget)",
		 "factor = %s (curve linear, at most 100 in budget mode)"},
	[M_EX_FACTOR_BANDS] =
		{"fattore = %s: fascia %s della curva bands %s",
		 "factor = %s: band %s of the curve bands %s"},
	[M_EX_FACTOR_BANDS_NONE] =
		{"fattore = 0: sotto la prima fascia della curva bands %s",
		 "factor = 0: below the first band of the curve bands %s"},
	[M_EX_FACTOR_POINTS] =
		{"fattore = %s: la curva a punti %s nel punteggio %s",
		 "factor = %s: the curve points %s at score %s"},
	[M_EX_THRESHOLD_OK] =
		{"soglia di ammissione %s: raggiunta",
		 "eligibility threshold %s: reached"},
	[M_EX_THRESHOLD_NO] =
		{"soglia di ammissione %s: non raggiunta",
		 "eligibility threshold %s: not reached"},
	[M_EX_TIME_DEF] =
		{"fattore tempo = part time \xc3\x97 (giorni in servizio "
		  "\xe2\x88\x92 giorni di assenza riducenti) / giorni "
		  "dell'anno",
		 "time factor = part time \xc3\x97 (days in service "
		  "\xe2\x88\x92 reducing absence days) / days in the year"},
	[M_EX_TIME_NO_PART_TIME] =
		{"(il part time non conta per questo fondo)",
		 "(part time does not count in this pool)"},
	[M_EX_TIME_NO_DAYS] =
		{"(i giorni in servizio non contano per questo fondo: anno "
		  "intero, diviso tra le posizioni della persona in "
		  "proporzione ai loro giorni)",
		 "(days in service do not count in this pool: the whole "
		  "year, shared among the person's positions by their days)"},
	[M_EX_TIME_NO_ABSENCES] =
		{"(le assenze non contano per questo fondo)",
		 "(absences do not count in this pool)"},
	[M_EX_TIME_SHARED] =
		{"(%s giorni di assenza riducenti senza posizione, "
		  "ripartiti tra le posizioni in proporzione ai giorni, su "
		  "%s)",
		 "(%s reducing absence days without a position, shared "
		  "among the positions in proportion to their days, out of "
		  "%s)"},
	[M_EX_TIME_PROTECTED] =
		{"(%s giorni di assenze tutelate: non riducono)",
		 "(%s days of protected absences: they do not reduce)"},
	[M_EX_CALC] =
		{"= %s = %s",
		 "= %s = %s"},
	[M_EX_CALC1] =
		{"= %s \xc3\x97 %s = %s",
		 "= %s \xc3\x97 %s = %s"},
	[M_EX_CALC2] =
		{"= %s \xc3\x97 %s \xc3\x97 %s = %s",
		 "= %s \xc3\x97 %s \xc3\x97 %s = %s"},
	[M_EX_NOT_IN_AREA] =
		{"l'area %s non partecipa al fondo",
		 "area %s does not take part in the pool"},
	[M_EX_EXCLUDED] =
		{"escluso: %s (%s)",
		 "excluded: %s (%s)"},
	[M_EX_MIN_DAYS] =
		{"non ammesso: %s giorni in servizio, meno del minimo di %s",
		 "not eligible: %s days in service, fewer than the minimum "
		  "of %s"},
	[M_EX_NOT_ELIGIBLE] =
		{"non ammesso: %s",
		 "not eligible: %s"},
	[M_EX_POINTS_DEF] =
		{"punti = parametro \xc3\x97 fattore tempo \xc3\x97 fattore "
		  "\xc3\x97 quota di convenzione",
		 "points = parameter \xc3\x97 time factor \xc3\x97 factor "
		  "\xc3\x97 convention share"},
	[M_EX_POINTS_CALC] =
		{"= %s (area %s) \xc3\x97 %s \xc3\x97 %s \xc3\x97 %s = %s",
		 "= %s (area %s) \xc3\x97 %s \xc3\x97 %s \xc3\x97 %s = %s"},
	[M_EX_SHARE_DEF] =
		{"quota = fondo da ripartire \xc3\x97 punti / punti di "
		  "tutte le posizioni ammesse",
		 "quota = amount to split \xc3\x97 points / points of every "
		  "eligible position"},
	[M_EX_SHARE_CALC] =
		{"= %s \xc3\x97 %s / %s = %s",
		 "= %s \xc3\x97 %s / %s = %s"},
	[M_EX_SHARE_SUM] =
		{"(le posizioni ammesse al fondo sono %s)",
		 "(%s positions are eligible in the pool)"},
	[M_EX_SHARE_BASE] =
		{"(fondo da ripartire: %s stanziati meno %s di "
		  "maggiorazione art. 69)",
		 "(amount to split: %s allocated less %s of art. 69 "
		  "maggiorazione)"},
	[M_EX_CENTS_EXACT] =
		{"centesimi: la divisione \xc3\xa8 esatta \xe2\x86\x92 %s",
		 "cents: the division is exact \xe2\x86\x92 %s"},
	[M_EX_CENTS_GOT] =
		{"centesimi: a ciascuno la parte intera (qui %s); centesimi "
		  "rimasti: %s, uno ciascuno ai resti maggiori (a pari "
		  "resto per employee_id); resto di questa posizione: %s "
		  "centesimi, ne riceve uno \xe2\x86\x92 %s",
		 "cents: each gets the whole part (here %s); cents left "
		  "over: %s, one each to the largest remainders (equal "
		  "remainders by employee_id); this position's remainder: "
		  "%s cents, it receives one \xe2\x86\x92 %s"},
	[M_EX_CENTS_NOT] =
		{"centesimi: a ciascuno la parte intera (qui %s); centesimi "
		  "rimasti: %s, uno ciascuno ai resti maggiori (a pari "
		  "resto per employee_id); resto di questa posizione: %s "
		  "centesimi, non ne riceve \xe2\x86\x92 %s",
		 "cents: each gets the whole part (here %s); cents left "
		  "over: %s, one each to the largest remainders (equal "
		  "remainders by employee_id); this position's remainder: "
		  "%s cents, it receives none \xe2\x86\x92 %s"},
	[M_EX_MAX_BASE] =
		{"premio massimo = %s (base_amount di staff.csv)",
		 "maximum premium = %s (base_amount of staff.csv)"},
	[M_EX_MAX_PARAM_DEF] =
		{"premio massimo = fondo \xc3\x97 parametro / somma di "
		  "parametro \xc3\x97 fattore tempo delle posizioni "
		  "ammesse, al centesimo",
		 "maximum premium = pool \xc3\x97 parameter / sum of "
		  "parameter \xc3\x97 time factor over the eligible "
		  "positions, to the cent"},
	[M_EX_MAX_PARAM] =
		{"= %s \xc3\x97 %s / %s = %s",
		 "= %s \xc3\x97 %s / %s = %s"},
	[M_EX_GROSS_DEF] =
		{"lordo = premio massimo \xc3\x97 fattore tempo \xc3\x97 "
		  "fattore, arrotondato una volta al centesimo sul valore "
		  "esatto (il fattore tempo come frazione, non le sue 9 "
		  "cifre decimali)",
		 "gross = maximum premium \xc3\x97 time factor \xc3\x97 "
		  "factor, rounded once to the cent on the exact value (the "
		  "time factor as a fraction, not its 9 decimals)"},
	[M_EX_PAID_DEF] =
		{"pagato = lordo \xc3\x97 quota di convenzione, al centesimo",
		 "paid = gross \xc3\x97 convention share, to the cent"},
	[M_EX_REDIST_DEF] =
		{"ridistribuzione = economie \xc3\x97 punti / punti di chi le "
		 "riceve",
		 "redistribution = economies \xc3\x97 points / points of those "
		 "receiving them"},
	[M_EX_REDIST_POOL] =
		{"(economie del fondo: %s, il fondo da ripartire meno i premi "
		 "pagati; residual = redistribute)",
		 "(economies of the pool: %s, the amount to split less the "
		 "premiums paid; residual = redistribute)"},
	[M_EX_REDIST_SECTOR] =
		{"(economie del settore %s: %s, per ogni posizione ammessa del "
		 "settore premio massimo \xc3\x97 fattore tempo al centesimo "
		 "meno il pagato; residual = redistribute_sector)",
		 "(economies of settore %s: %s, for each of its eligible "
		 "positions maximum premium \xc3\x97 time factor to the cent "
		 "less what was paid; residual = redistribute_sector)"},
	[M_EX_REDIST_COUNT] =
		{"(le posizioni ammesse del settore sono %s)",
		 "(%s eligible positions in the settore)"},
	[M_EX_REDIST_SCALED] =
		{"(le economie dei settori, %s in tutto, superano per gli "
		 "arrotondamenti al centesimo quelle del fondo, %s: sono "
		 "ripartite tra i settori in proporzione, a questo %s)",
		 "(the economies of the settori, %s in all, exceed those of "
		 "the pool, %s, by rounding to the cent: they are shared "
		 "among the settori in proportion, %s to this one)"},
	[M_EX_MAG_DEF] =
		{"maggiorazione art. 69: %s persone valutate positivamente "
		  "nel fondo",
		 "art. 69 maggiorazione: %s persons positively evaluated in "
		  "the pool"},
	[M_EX_MAG_K] =
		{"beneficiari = parte intera di %s \xc3\x97 %s = %s",
		 "beneficiaries = whole part of %s \xc3\x97 %s = %s"},
	[M_EX_MAG_BONUS] =
		{"bonus = %s \xc3\x97 media ex ante (%s / %s) = %s, al "
		  "centesimo",
		 "bonus = %s \xc3\x97 ex-ante average (%s / %s) = %s, to "
		  "the cent"},
	[M_EX_MAG_RANK] =
		{"punteggio %s, tra i primi %s \xe2\x86\x92 %s",
		 "score %s, among the top %s \xe2\x86\x92 %s"},
	[M_EX_MAG_TIED] =
		{"punteggio %s, a pari merito al confine: %s persone "
		  "dividono in parti uguali i posti rimasti \xe2\x86\x92 %s",
		 "score %s, tied at the boundary: %s persons share the "
		  "remaining slots equally \xe2\x86\x92 %s"},
	[M_EX_TOTAL] =
		{"Importo totale: %s",
		 "Total: %s"},
	[M_EX_POOL_AMOUNT] =
		{"fondo %s: %s",
		 "pool %s: %s"},
	[M_EX_H_ASSIGNED] =
		{"%s. Obiettivi assegnati (assignments.csv) e loro "
		  "indicatori",
		 "%s. Assigned objectives (assignments.csv) and their "
		  "indicators"},
	[M_EX_NO_ASSIGNED] =
		{"nessun obiettivo assegnato",
		 "no objective assigned"},
	[M_EX_H_COMPONENTS] =
		{"%s. Componenti del punteggio",
		 "%s. Score components"},
	[M_EX_H_POSITION] =
		{"Posizione %s: settore %s, area %s, %s giorni in servizio",
		 "Position %s: settore %s, area %s, %s days in service"},
	[M_EX_H_SINGLE] =
		{"Settore %s, area %s, %s giorni in servizio",
		 "Settore %s, area %s, %s days in service"},
	[M_EX_ELIGIBLE] =
		{"ammesso al fondo",
		 "eligible in the pool"},
	[M_EX_H_POSITION_SHORT] =
		{"Posizione %s",
		 "Position %s"},
	[M_EX_H_POOL] =
		{"%s. Fondo %s: %s",
		 "%s. Pool %s: %s"},
	[M_EX_MODE_SHARE] =
		{"%s; ripartizione in proporzione ai punti (mode = share)",
		 "%s; split in proportion to points (mode = share)"},
	[M_EX_MODE_BUDGET] =
		{"%s; premio teorico (mode = budget)",
		 "%s; theoretical premium (mode = budget)"},
	[M_EX_POOL_TOTAL] =
		{"totale nel fondo %s: %s",
		 "total in pool %s: %s"},
	[M_EX_GRAND_TOTAL] =
		{"Totale: %s = %s",
		 "Total: %s = %s"},
	[M_EX_OBJ_NOT_PAY] =
		{"Non conta per la distribuzione del fondo (non "
		  "incentivabile o non valutato).",
		 "It does not count for pay (not incentivized or not "
		  "scored)."},
	[M_EX_OBJ_ENTERS] =
		{"Entra nei gradi di raggiungimento usati per la "
		  "distribuzione:",
		 "It enters the achievements used for pay:"},
	[M_EX_ASSIGNED] =
		{"assegnato a %s dipendenti: %s",
		 "assigned to %s employees: %s"},
	[M_EX_IND_IN_OBJ] =
		{"Entra nell'obiettivo %s con peso %s; grado di "
		  "raggiungimento dell'obiettivo: %s (pegaso explain "
		  "--objective %s).",
		 "It enters objective %s with weight %s; the objective's "
		  "achievement: %s (pegaso explain --objective %s)."},
	[M_EX_IND_NOT_IN_OBJ] =
		{"Non entra nel grado di raggiungimento dell'obiettivo %s.",
		 "It does not enter the achievement of objective %s."},
	/* diff */
	[M_DF_TITLE] =
		{"Confronto tra %s (A) e %s (B)",
		 "Comparison of %s (A) and %s (B)"},
	[M_DF_ENGINE] =
		{"Motore: A pegaso %s, B pegaso %s",
		 "Engine: A pegaso %s, B pegaso %s"},
	[M_DF_INPUTS_SAME] =
		{"Input: le stesse impronte SHA-256 nei due manifest",
		 "Inputs: the same SHA-256 in both manifests"},
	[M_DF_INPUTS] =
		{"Input con impronta SHA-256 diversa: %s",
		 "Inputs whose SHA-256 differs: %s"},
	[M_DF_INPUTS_ONLY_A] =
		{"Input solo in A: %s",
		 "Inputs only in A: %s"},
	[M_DF_INPUTS_ONLY_B] =
		{"Input solo in B: %s",
		 "Inputs only in B: %s"},
	[M_DF_NO_MANIFEST] =
		{"Input: non confrontati (%s non ha un manifest)",
		 "Inputs: not compared (%s has no manifest)"},
	[M_DF_H_INDICATORS] =
		{"Indicatori cambiati: %s",
		 "Indicators changed: %s"},
	[M_DF_IND] =
		{"%s: punteggio %s \xe2\x86\x92 %s",
		 "%s: score %s \xe2\x86\x92 %s"},
	[M_DF_IND_OTHER] =
		{"%s: punteggio invariato (%s); cambiano: %s",
		 "%s: score unchanged (%s); changed: %s"},
	[M_DF_H_OBJECTIVES] =
		{"Obiettivi cambiati: %s",
		 "Objectives changed: %s"},
	[M_DF_OBJ] =
		{"%s: grado di raggiungimento %s \xe2\x86\x92 %s",
		 "%s: achievement %s \xe2\x86\x92 %s"},
	[M_DF_OBJ_OTHER] =
		{"%s: grado di raggiungimento invariato (%s); cambiano: %s",
		 "%s: achievement unchanged (%s); changed: %s"},
	[M_DF_H_SECTORS] =
		{"Settori ed ente cambiati: %s",
		 "Settori and ente changed: %s"},
	[M_DF_SECTOR] =
		{"%s: %s \xe2\x86\x92 %s; sugli obiettivi incentivabili %s "
		  "\xe2\x86\x92 %s",
		 "%s: %s \xe2\x86\x92 %s; over the incentivized objectives "
		  "%s \xe2\x86\x92 %s"},
	[M_DF_H_POOLS] =
		{"Fondi cambiati: %s",
		 "Pools changed: %s"},
	[M_DF_POOL] =
		{"%s: stanziato %s \xe2\x86\x92 %s; distribuito %s "
		  "\xe2\x86\x92 %s (%s); economie %s \xe2\x86\x92 %s",
		 "%s: amount %s \xe2\x86\x92 %s; paid %s \xe2\x86\x92 %s "
		  "(%s); economies %s \xe2\x86\x92 %s"},
	[M_DF_H_EMPLOYEES] =
		{"Dipendenti con importo cambiato: %s su %s",
		 "Employees whose pay changed: %s of %s"},
	[M_DF_EMP] =
		{"%s: %s \xe2\x86\x92 %s (%s)",
		 "%s: %s \xe2\x86\x92 %s (%s)"},
	[M_DF_EMP_POOL] =
		{"fondo %s: %s \xe2\x86\x92 %s (%s)",
		 "pool %s: %s \xe2\x86\x92 %s (%s)"},
	[M_DF_H_EMP_STEPS] =
		{"Dipendenti con lo stesso importo ma passaggi diversi: %s",
		 "Employees with the same pay but different steps: %s"},
	[M_DF_EMP_SAME] =
		{"%s: %s, invariato",
		 "%s: %s, unchanged"},
	[M_DF_FIRST] =
		{"primo passo diverso in trace.csv: %s, %s%s",
		 "first step that differs in trace.csv: %s, %s%s"},
	[M_DF_STEP_A] =
		{"A: %s \xe2\x86\x92 %s",
		 "A: %s \xe2\x86\x92 %s"},
	[M_DF_STEP_B] =
		{"B: %s \xe2\x86\x92 %s",
		 "B: %s \xe2\x86\x92 %s"},
	[M_DF_STEP_A_NONE] =
		{"A: (nessun passo)",
		 "A: (no step)"},
	[M_DF_STEP_B_NONE] =
		{"B: (nessun passo)",
		 "B: (no step)"},
	[M_DF_ONLY_A] =
		{"%s: solo in A",
		 "%s: only in A"},
	[M_DF_ONLY_B] =
		{"%s: solo in B",
		 "%s: only in B"},
	[M_DF_SAME] =
		{"Stessi risultati: nessun indicatore, obiettivo, settore, "
		  "fondo o importo cambiato.",
		 "Same results: no indicator, objective, settore, pool or "
		  "pay changed."},
	[M_SCHEDULE] = {"Tempi di realizzazione (fasi)", "Schedule (phases)"},
	[M_PHASES] = {"Fasi", "Phases"},
	[M_PH_ON_TIME] = {"nei tempi", "on time"},
	[M_PH_LATE] = {"in ritardo", "late"},
	[M_PH_NOT_DONE] = {"non svolte", "not done"},
	[M_PH_MISSING] = {"senza verifica", "without verification"},
	[M_PH_NOT_YET_DUE] = {"non ancora scadute", "not yet due"},
	[M_PH_NEUTRALIZED] = {"neutralizzate", "neutralized"},
	[M_PH_NOT_SCHEDULED] = {"Fasi non programmate nell'anno",
				"Phases not scheduled this year"},
	[M_INDICATOR] = {"Indicatore", "Indicator"},
	[M_MULTIYEAR] = {"Obiettivi pluriennali", "Multi-year objectives"},
	[M_OTHER_YEARS_OF] = {"altre annualit\xc3\xa0", "other years"},
	[M_MY_SCORED] = {"valutate", "scored"},
	[M_MY_PARTIAL] = {"verificate in parte", "partly verified"},
	[M_MY_NOT_VERIFIED] = {"non verificate", "not verified"},
	[M_MY_NOT_YET_DUE] = {"non ancora dovute", "not yet due"},
	[M_MONITOR_TITLE] = {"pegaso - monitoraggio del piano",
			     "pegaso - plan monitoring"},
	[M_MONITOR_AT] = {"Data del monitoraggio", "Monitoring date"},
	[M_STATE_AT] = {"Stato del piano al", "State of the plan at"},
	[M_TR_BEHIND] = {"in ritardo", "behind schedule"},
	[M_TR_MISSING] = {"verifiche mancanti", "verifications missing"},
	[M_TR_AHEAD] = {"in anticipo", "ahead of schedule"},
	[M_TR_ON_TRACK] = {"in linea", "on track"},
	[M_TR_NOT_MEASURABLE] = {"non misurabili", "not measurable"},
	[M_IN_ON_TIME] = {"verificati nei tempi", "verified on time"},
	[M_IN_LATE] = {"svolti in ritardo", "done late"},
	[M_IN_NOT_DONE] = {"scaduti e non svolti", "overdue"},
	[M_IN_MISSING] = {"scaduti senza verifica", "due without verification"},
	[M_IN_NOT_YET_DUE] = {"non ancora scaduti", "not yet due"},
	[M_BY_SECTOR] = {"Per settore", "By settore"},
	[M_TO_CHASE] = {"Cosa manca (obiettivi in ritardo o con verifiche "
			"mancanti)",
			"What is missing (objectives behind schedule or with "
			"verifications missing)"},
	[M_PHASE_W] = {"fase", "phase"},
	[M_INDICATOR_W] = {"indicatore", "indicator"},
	[M_DUE] = {"scadenza", "due"},
	[M_NOT_COMPLETED_F] = {"non completata", "not done"},
	[M_NOT_COMPLETED_M] = {"non completato", "not done"},
	[M_VERIF_MISSING] = {"verifica mancante", "verification missing"},
	[M_DAYS_LATE] = {"giorni di ritardo", "days late"},
	[M_DAY_LATE] = {"giorno di ritardo", "day late"},
	[M_OBJECTIVES_W] = {"obiettivi", "objectives"},
	[M_DONE_LATE_F] = {"svolta in ritardo", "done late"},
	[M_DONE_LATE_M] = {"svolto in ritardo", "done late"},
	[M_H_SCHEDULE] = {"Tempi di realizzazione", "Schedule"},
	[M_SCHED_INTRO] = {"Fasi dovute nel {1}: {2}",
			   "Phases due in {1}: {2}"},
	[M_SCHED_DETAIL] =
		{"Per ogni obiettivo, le fasi dovute nell'anno e gli "
		 "indicatori che ne misurano il rispetto dei tempi; ogni "
		 "fase, anche se non programmata nell'anno, \xc3\xa8 in "
		 "phases.csv.",
		 "For each objective, the phases due this year and the "
		 "indicators that measure them; every phase, also those not "
		 "scheduled this year, is in phases.csv."},
	[M_PHS_NEUTRALIZED] = {"neutralizzata", "neutralized"},
	[M_COL_DONE] = {"svolta il", "done on"},
	[M_MY_INTRO] =
		{"Obiettivi pluriennali del piano: {1}. Per ognuno, anno per "
		 "anno, i valori attesi e rilevati e il grado di "
		 "raggiungimento degli anni verificati (multiyear.csv); solo "
		 "il {2} entra nei punteggi e nella distribuzione.",
		 "Multi-year objectives of the plan: {1}. For each, year by "
		 "year, the targets and values and the achievement of the "
		 "years verified (multiyear.csv); only {2} enters the scores "
		 "and the distribution."},
	[M_MY_BEFORE] = {"anno precedente", "earlier year"},
	[M_MY_RUN_YEAR] = {"anno dell'esecuzione", "run year"},
	[M_MY_AFTER] = {"anno successivo", "later year"},
	[M_MY_VERIFIED_OF] = {"{1} indicatori su {2} verificati",
			      "{1} of {2} indicators verified"},
	[M_MYS_PARTIAL] = {"verificato in parte", "partly verified"},
	[M_MYS_NOT_YET_DUE] = {"non ancora dovuto", "not yet due"},
};

const char *peg_msg(enum peg_lang lang, enum peg_msg id)
{
	return table[id][lang == PEG_LANG_EN ? 1 : 0];
}

static char *arg_str(enum peg_lang lang, enum peg_msg_style style,
		     const struct peg_msg_arg *a, char *buf)
{
	switch (a->kind) {
	case PEG_ARG_CENTS:
		return style == PEG_MSG_PLAIN ? peg_cents_str(a->v, buf)
					      : peg_fmt_eur(lang, a->v, buf);
	case PEG_ARG_FIX:
		return style == PEG_MSG_PLAIN ? peg_fix_str(a->v, buf)
					      : peg_fmt_fix(lang, a->v, buf);
	case PEG_ARG_COUNT:
		snprintf(buf, PEG_NUMBUF, "%lld", (long long)a->v);
		return buf;
	default:
		return (char *)(a->text ? a->text : "");
	}
}

char *peg_msg_fill(enum peg_lang lang, enum peg_msg_style style,
		   enum peg_msg id, const struct peg_msg_arg *args, size_t n,
		   char *buf, size_t size)
{
	const char *t = peg_msg(lang, id);
	size_t o = 0;
	if (!size)
		return buf;
	while (*t && o + 1 < size) {
		if (t[0] == '{' && t[1] >= '1' && t[1] <= '9' && t[2] == '}' &&
		    (size_t)(t[1] - '1') < n) {
			char num[PEG_NUMBUF];
			const char *s =
				arg_str(lang, style, &args[t[1] - '1'], num);
			while (*s && o + 1 < size)
				buf[o++] = *s++;
			t += 3;
		} else
			buf[o++] = *t++;
	}
	buf[o] = '\0';
	return buf;
}

/* Regroups a plain "-1234.56" in the language's style. */
static char *regroup(enum peg_lang lang, const char *raw, char *buf)
{
	char sep = lang == PEG_LANG_EN ? ',' : '.';
	char dec = lang == PEG_LANG_EN ? '.' : ',';
	const char *p = raw;
	char *o = buf;
	if (*p == '-')
		*o++ = *p++;
	size_t intlen = strcspn(p, ".");
	for (size_t i = 0; i < intlen; i++) {
		if (i && (intlen - i) % 3 == 0)
			*o++ = sep;
		*o++ = p[i];
	}
	p += intlen;
	if (*p == '.') {
		*o++ = dec;
		p++;
		while (*p)
			*o++ = *p++;
	}
	*o = '\0';
	return buf;
}

char *peg_fmt_num(enum peg_lang lang, peg_fix v, int decimals, char *buf)
{
	char raw[PEG_NUMBUF];
	return regroup(lang, peg_fix_str_dp(v, decimals, raw), buf);
}

char *peg_fmt_fix(enum peg_lang lang, peg_fix v, char *buf)
{
	char raw[PEG_NUMBUF];
	return regroup(lang, peg_fix_str(v, raw), buf);
}

char *peg_fmt_plain(enum peg_lang lang, const char *num, char *buf)
{
	return regroup(lang, num, buf);
}

char *peg_fmt_date(enum peg_lang lang, peg_date d, char *buf)
{
	int y, m, dd;
	if (lang == PEG_LANG_EN)
		return peg_date_str(d, buf);
	peg_date_to_ymd(d, &y, &m, &dd);
	snprintf(buf, PEG_NUMBUF, "%02d/%02d/%04d", dd, m, y);
	return buf;
}

char *peg_fmt_exact(enum peg_lang lang, __int128 v, int digits, char *buf)
{
	char d[48], raw[PEG_BIGNUMBUF];
	unsigned __int128 a =
		v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
	int n = 0, o = 0;
	if (digits < 0)
		digits = 0;
	if (digits > 30)
		digits = 30;
	do { /* least significant digit first */
		d[n++] = (char)('0' + (int)(a % 10));
		a /= 10;
	} while (a || n <= digits);
	int frac = 0; /* fraction digits kept: no trailing zeros */
	for (int i = 0; i < digits; i++)
		if (d[i] != '0') {
			frac = digits - i;
			break;
		}
	if (v < 0)
		raw[o++] = '-';
	for (int i = n - 1; i >= digits; i--)
		raw[o++] = d[i];
	if (frac) {
		raw[o++] = '.';
		for (int i = digits - 1; i >= digits - frac; i--)
			raw[o++] = d[i];
	}
	raw[o] = '\0';
	return regroup(lang, raw, buf);
}

char *peg_fmt_pct(enum peg_lang lang, peg_fix v, char *buf)
{
	char n[PEG_NUMBUF];
	peg_fmt_num(lang, v, 2, n);
	snprintf(buf, PEG_NUMBUF, lang == PEG_LANG_EN ? "%s%%" : "%s %%", n);
	return buf;
}

char *peg_fmt_eur(enum peg_lang lang, peg_cents v, char *buf)
{
	char n[PEG_NUMBUF];
	char raw[PEG_NUMBUF];
	regroup(lang, peg_cents_str(v, raw), n);
	snprintf(buf, PEG_NUMBUF, lang == PEG_LANG_EN ? "EUR %s" : "%s \xe2\x82\xac",
		 n);
	return buf;
}
