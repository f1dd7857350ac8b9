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
	/* the schedule and the multi-year objectives (write_sched.c) */
	M_SCHEDULE,
	M_PHASES,
	M_PH_ON_TIME,
	M_PH_LATE,
	M_PH_NOT_DONE,
	M_PH_MISSING,
	M_PH_NOT_YET_DUE,
	M_PH_NEUTRALIZED,
	M_PH_NOT_SCHEDULED,
	M_INDICATOR,
	M_MULTIYEAR,
	M_OTHER_YEARS_OF,
	M_MY_SCORED,
	M_MY_PARTIAL,
	M_MY_NOT_VERIFIED,
	M_MY_NOT_YET_DUE,
	/* in-year monitoring (write_monitor.c) */
	M_MONITOR_TITLE,
	M_MONITOR_AT,
	M_STATE_AT,
	M_TR_BEHIND,
	M_TR_MISSING,
	M_TR_AHEAD,
	M_TR_ON_TRACK,
	M_TR_NOT_MEASURABLE,
	M_IN_ON_TIME,
	M_IN_LATE,
	M_IN_NOT_DONE,
	M_IN_MISSING,
	M_IN_NOT_YET_DUE,
	M_BY_SECTOR,
	M_TO_CHASE,
	M_PHASE_W,
	M_INDICATOR_W,
	M_DUE,
	M_NOT_COMPLETED_F,
	M_NOT_COMPLETED_M,
	M_VERIF_MISSING,
	M_DAYS_LATE,
	M_DAY_LATE,
	M_OBJECTIVES_W,
	M_DONE_LATE_F,
	M_DONE_LATE_M,
	M_COUNT_
};

const char *peg_msg(enum peg_lang lang, enum peg_msg id);

/* "87,50 %" / "87.50%" with two decimals. */
char *peg_fmt_pct(enum peg_lang lang, peg_fix v, char *buf);
/* "1.234,56 €" / "EUR 1,234.56". */
char *peg_fmt_eur(enum peg_lang lang, peg_cents v, char *buf);
/* "31/12/2020" / "2020-12-31". */
char *peg_fmt_date(enum peg_lang lang, peg_date t, char *buf);
/* A fixed number with `decimals` decimals in the language's style. */
char *peg_fmt_num(enum peg_lang lang, peg_fix v, int decimals, char *buf);

#endif
