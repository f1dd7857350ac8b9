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
	[M_MODE] = {"modalit\xc3\xa0", "mode"},
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
	[M_COL_INDICATOR] =
		{"indicatore",
		 "indicator"},
	[M_COL_KIND] =
		{"tipo",
		 "kind"},
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
	[M_COL_COUNT] =
		{"numero",
		 "count"},
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
