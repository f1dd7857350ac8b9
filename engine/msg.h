/*
 * msg.h - the words pegaso shows to people in summaries, explanations and
 * reports, in Italian (default) and English, in one table; and number
 * formatting by language (Italian: 1.234,56; English: 1,234.56).
 *
 * Error messages on stderr are English and live with the code that
 * detects them.
 */
#ifndef PEG_MSG_H
#define PEG_MSG_H

#include "num.h"
#include "pegaso.h"

enum peg_msg {
	M_SUMMARY_TITLE,
	M_ENTE,
	M_YEAR,
	M_RULES,
	M_ENGINE,
	M_PLAN,
	M_OBJECTIVES,
	M_SCORED,
	M_NEUTRALIZED,
	M_NO_INDICATORS,
	M_INDICATORS,
	M_MEASURED,
	M_JUDGEMENT,
	M_NOT_DUE,
	M_MISSING,
	M_OTHER_YEARS,
	M_VERIFICATIONS,
	M_ACHIEVEMENT,
	M_ALL_OBJECTIVES,
	M_INCENTIVIZED_OBJECTIVES,
	M_SECTOR,
	M_WARNINGS,
	M_NONE,
	M_NOT_MEASURABLE,
	M_STAFF,
	M_EMPLOYEES,
	M_POSITIONS,
	M_POOLS,
	M_POOL,
	M_MODE,
	M_AMOUNT,
	M_ELIGIBLE,
	M_POSITIVE,
	M_PAID,
	M_REDISTRIBUTED,
	M_MAGGIORAZIONE,
	M_BENEFICIARIES,
	M_ECONOMIES,
	M_CONSERVATION,
	M_BALANCED,
	M_LEGAL_CHECKS,
	M_CHECK_OK,
	M_CHECK_FAIL,
	M_CHECK_NA,
	M_TOTAL_PAID,
	/* pool modes and check levels, in summaries and reports */
	M_MODE_SHARE,
	M_MODE_BUDGET,
	M_LEVEL_OFF,
	M_LEVEL_WARNING,
	M_LEVEL_ERROR,
	/* legal checks (legal.c): templates, figures as {1}..{9} */
	M_LEGAL_ART68_NO_POOL,
	M_LEGAL_ART68_NO_VAR,
	M_LEGAL_ART68_OK,
	M_LEGAL_ART68_FAIL,
	M_LEGAL_FUNDED_OK,
	M_LEGAL_FUNDED_FAIL,
	M_LEGAL_ART69_PERCENT,
	M_LEGAL_ART69_NONE,
	M_LEGAL_ART69_OK,
	M_LEGAL_ART69_FAIL,
	M_LEGAL_UNDIFF_OK,
	M_LEGAL_UNDIFF_FAIL,
	M_LEGAL_PROTECTED_OK,
	M_LEGAL_PROTECTED_FAIL,
	/* report.html */
	M_REPORT_TITLE,
	M_KEY_FIGURES,
	M_H_ACHIEVEMENT,
	M_H_OBJECTIVES,
	M_H_DISTRIBUTION,
	M_H_DIFFERENTIATION,
	M_H_POOLS,
	M_H_TRANSPARENCY,
	M_CONTENTS,
	M_ST_MET,
	M_ST_PARTLY,
	M_ST_NOT_MET,
	M_ST_MISSING,
	M_ST_NEUTRALIZED,
	M_ST_NOT_DUE,
	M_ST_NONE,
	M_COL_OBJECTIVE,
	M_COL_INDICATOR,
	M_COL_KIND,
	M_COL_TARGET,
	M_COL_ACTUAL,
	M_COL_SCORE,
	M_COL_STATUS,
	M_COL_WEIGHT,
	M_COL_RESULT,
	M_COL_REFERENCE,
	M_COL_DETAIL,
	M_COL_LEVEL,
	M_COL_GROUP,
	M_COL_AREA,
	M_COL_MEASURE,
	M_COL_VALUE,
	M_COL_BASIS,
	M_COL_COUNT,
	M_KIND_PERCENT,
	M_KIND_COUNT,
	M_KIND_MIN,
	M_KIND_MAX,
	M_KIND_DEADLINE,
	M_KIND_BOOLEAN,
	M_KIND_PP_INCREMENT,
	M_KIND_RELATIVE_CHANGE,
	M_KIND_QUALITATIVE,
	M_YES,
	M_NO,
	M_ACH_CHART,
	M_HIST_CHART,
	M_HIST_X,
	M_HIST_Y,
	M_HIST_PAID,
	M_HIST_UNPAID,
	M_HIST_TABLE,
	M_LORENZ_CHART,
	M_LORENZ_X,
	M_LORENZ_Y,
	M_LORENZ_EQUALITY,
	M_LORENZ_NOTE,
	M_LORENZ_NONE,
	M_GINI,
	M_GROUP_STAFF,
	M_GROUP_MANAGERS,
	M_POOLS_CHART,
	M_CONS_OK,
	M_CONS_FAIL,
	M_TR_ALLOCATED,
	M_TR_DISTRIBUTED,
	M_TR_ECONOMIES,
	M_TR_PERSONS,
	M_TR_PAYEES,
	M_TR_AVERAGE_ACHIEVABLE,
	M_TR_AVERAGE_PAID,
	M_TR_GE90,
	M_TR_60_90,
	M_TR_LT60,
	M_TR_PERCENT_OF,
	M_TR_GINI,
	M_TR_SUPPRESSED,
	M_TR_NOTE,
	M_NO_DISTRIBUTION,
	M_PAYEES,
	M_ALL_AREAS,
	M_PERSONS,
	M_NOTE,
	M_BASELINE,
	M_NOT_INCENTIVIZED,
	M_LEGEND,
	M_FROM_TO,
	M_FOOTER,
	M_COUNT_
};

const char *peg_msg(enum peg_lang lang, enum peg_msg id);

/* A figure of a message template: text, money, a number or a count. */
enum peg_arg_kind {
	PEG_ARG_TEXT = 0,
	PEG_ARG_CENTS,
	PEG_ARG_FIX,
	PEG_ARG_COUNT
};
struct peg_msg_arg {
	enum peg_arg_kind kind;
	const char *text;  /* PEG_ARG_TEXT; borrowed */
	int64_t v;         /* cents, fixed value or count */
};

/* How figures are spelled: as in the CSV outputs and diagnostics
 * ("600.00", "30"), or for people in the language ("600,00 €"). */
enum peg_msg_style { PEG_MSG_PLAIN = 0, PEG_MSG_DISPLAY = 1 };

/*
 * peg_msg_fill - the template `id` in `lang` with {1}..{9} replaced by
 * args[0..n), into buf (always NUL-terminated, truncated to size).
 * Returns buf.  A placeholder without an argument is left as written.
 */
char *peg_msg_fill(enum peg_lang lang, enum peg_msg_style style,
		   enum peg_msg id, const struct peg_msg_arg *args, size_t n,
		   char *buf, size_t size);

/* "87,50 %" / "87.50%" with two decimals. */
char *peg_fmt_pct(enum peg_lang lang, peg_fix v, char *buf);
/* "1.234,56 €" / "EUR 1,234.56". */
char *peg_fmt_eur(enum peg_lang lang, peg_cents v, char *buf);
/* A fixed number with `decimals` decimals in the language's style. */
char *peg_fmt_num(enum peg_lang lang, peg_fix v, int decimals, char *buf);
/* A fixed number exactly, without trailing zeros ("1.200,5" / "1,200.5"). */
char *peg_fmt_fix(enum peg_lang lang, peg_fix v, char *buf);
/* A plain number with a decimal point ("0.2691") in the language's style. */
char *peg_fmt_plain(enum peg_lang lang, const char *num, char *buf);
/* A date: "30/06/2020" / "2020-06-30". */
char *peg_fmt_date(enum peg_lang lang, peg_date d, char *buf);

#endif
