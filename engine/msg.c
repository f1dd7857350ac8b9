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
};

const char *peg_msg(enum peg_lang lang, enum peg_msg id)
{
	return table[id][lang == PEG_LANG_EN ? 1 : 0];
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

char *peg_fmt_date(enum peg_lang lang, peg_date t, char *buf)
{
	int y, m, d;
	if (lang == PEG_LANG_EN)
		return peg_date_str(t, buf);
	peg_date_to_ymd(t, &y, &m, &d);
	snprintf(buf, PEG_NUMBUF, "%02d/%02d/%04d", d, m, y);
	return buf;
}
