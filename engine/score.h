/*
 * score.h - the scoring stage: verified actual values -> indicator scores
 * -> objective achievement -> settore and ente achievement (SPEC 2.4-2.5).
 *
 * Results hold every intermediate value (ratio, function, rule section,
 * counts) so that the outputs and the trace are written from them without
 * recomputing anything.
 */
#ifndef PEG_SCORE_H
#define PEG_SCORE_H

#include "plan.h"
#include "rules.h"
#include "verif.h"

/* ---- the scoring function table ------------------------------------- */

/* One phase of an objective's schedule as the phases functions see it. */
struct peg_phase_due {
	peg_date due;      /* due date in the year */
	int done;          /* 1 = done on `on`; 0 = not done (scores 0) */
	peg_date on;
};

struct peg_score_in {
	const struct peg_indicator *ind;
	const struct peg_verif *v;     /* status measured; NULL for phases */
	const struct peg_kind_rule *rule;
	peg_fix actual;                /* v->actual, or a simulated value */
	peg_date actual_date;          /* deadlines: the same for dates */
	const struct peg_phase_due *phase; /* kind phases: the phases of */
	size_t nphase;                 /* the year that count, >= 1 */
};

struct peg_score_out {
	int has_ratio;
	peg_fix ratio;     /* achievement ratio, percent */
	int has_late;
	long days_late;    /* deadlines: days after target + grace */
	int has_share;
	peg_fix share;     /* phases: mean of the phases' scores, percent */
	peg_fix score;     /* before the cap */
};

struct peg_scorefn {
	const char *name;
	unsigned kinds; /* bit (1u << kind) for each kind it can score */
	void (*fn)(const struct peg_score_in *in, struct peg_score_out *out);
	int uses_floor; /* the floor applies to its ratio */
};

/* The table entry of fn; NULL for an unknown index. */
const struct peg_scorefn *peg_scorefn_get(enum peg_fn fn);
/* -1 when no function has this name. */
int peg_scorefn_find(const char *name);
/* Comma-separated names of every function, for messages. */
const char *peg_scorefn_names(void);

/*
 * peg_phase_score - the score of one phase under a phases function fn:
 * on_time (phases_on_time) or deadline_linear (phases_linear) of its due
 * date with the rule's grace_days and zero_after_days, as a deadline
 * indicator with that target would score; 0 when not done.
 */
void peg_phase_score(enum peg_fn fn, const struct peg_kind_rule *rule,
		     const struct peg_phase_due *ph, struct peg_score_out *out);

/* ---- results ---------------------------------------------------------- */

struct peg_ind_result {
	int in_year;               /* the row is for the run year */
	enum peg_vstatus status;
	int counted;               /* enters its objective's aggregate */
	struct peg_score_out out;  /* ratio and days late when measured */
	peg_fix score;             /* final, capped, 0 when not counted */
	int capped;                /* the cap lowered the score */
	int floored;               /* the floor zeroed the score */
	enum peg_fn fn;
	/* kind phases measured from the schedule: its phases of the year */
	size_t phases, ph_on_time, ph_late, ph_not_done, ph_missing,
		ph_neutralized;
};

enum peg_obj_status {
	PEG_OS_SCORED = 0,
	PEG_OS_NEUTRALIZED,   /* every indicator neutralized or not due */
	PEG_OS_NO_INDICATORS  /* nothing planned for the run year */
};
const char *peg_obj_status_name(enum peg_obj_status s);

struct peg_obj_result {
	enum peg_obj_status status;
	peg_fix achievement;  /* percent; 0 unless scored */
	size_t indicators;    /* rows of the run year */
	size_t counted, neutralized, not_due, missing, judgement;
	int pay;              /* counts for pay (incentivized, per policy) */
};

struct peg_sector_result {
	const char *name;     /* borrowed from the plan */
	size_t objectives;    /* every objective of the settore */
	size_t scored;        /* ... that entered the reporting mean */
	size_t pay;           /* ... that entered the pay mean */
	int has_all, has_pay;
	peg_fix all;          /* reporting achievement over every objective */
	peg_fix pay_ach;      /* achievement over incentivized objectives */
};

struct peg_score_scratch; /* buffers for rescoring, private to score.c */

struct peg_scores {
	int year;
	struct peg_ind_result *ind;   /* one per plan.ind row */
	struct peg_obj_result *obj;   /* one per plan.obj */
	struct peg_sector_result *sec;/* sorted by name, natural order */
	size_t nsec;
	size_t *obj_sector;           /* plan.obj index -> sec index */
	/* Objectives of settore k, in id order:
	 * sec_obj[sec_obj_start[k] .. sec_obj_start[k + 1]). */
	size_t *sec_obj_start;        /* nsec + 1 entries */
	size_t *sec_obj;              /* plan.nobj entries */
	struct peg_sector_result ente;
	size_t in_year;               /* indicator rows of the run year */
	size_t missing;               /* scored 0 for want of a verification */
	size_t missing_phases;        /* phases scored 0 for want of a row */
	const struct peg_sched *sched; /* borrowed: the schedule scored with */
	struct peg_score_scratch *scratch; /* owned */
};

/*
 * Actual values that replace the measured ones (simulate): one entry per
 * plan.ind row, read only for rows measured in the run year; value for
 * numbers (and booleans, 1 or 0), date for deadlines.
 */
struct peg_actuals {
	const peg_fix *value;
	const peg_date *date;
};

/*
 * peg_score_plan - score every indicator of year `year` and aggregate.
 * alt (optional) replaces measured actual values.  Fails with PEG_EDATA
 * when a verification is missing under missing = error, when an
 * objective's incentivized flag is unknown under unknown_incentivized =
 * error, or when a judgement-scored kind has a measured row.  Release
 * with peg_scores_release (also after a failure).
 */
int peg_score_plan(struct peg_scores *s, const struct peg_plan *p,
		   const struct peg_verifs *v, const struct peg_rules *r,
		   int year, const struct peg_actuals *alt,
		   struct peg_diag *d);

/*
 * peg_score_plan_sched - the same, with the schedule of the year
 * evaluated at year end (sched.h, final): indicators of kind phases
 * without a verification row are measured from their objective's
 * phases.  sc NULL = no schedule; borrowed, it must outlive s (for
 * peg_score_again).  Also fails (PEG_EDATA) when such an indicator's
 * objective has no phase due in the year, and when phases it measures
 * have no verification row under missing = error.
 */
struct peg_sched;
int peg_score_plan_sched(struct peg_scores *s, const struct peg_plan *p,
			 const struct peg_verifs *v,
			 const struct peg_sched *sc,
			 const struct peg_rules *r, int year,
			 const struct peg_actuals *alt, struct peg_diag *d);

/*
 * peg_score_again - score s again, in place, with other actual values:
 * s was filled by a successful peg_score_plan(_sched) on the same plan,
 * verifications, rules, schedule and year.  Allocates nothing and gives
 * what peg_score_plan would give with alt; it fails as peg_score_plan
 * does.  Several threads may rescore their own scores at once.
 */
int peg_score_again(struct peg_scores *s, const struct peg_plan *p,
		    const struct peg_verifs *v, const struct peg_rules *r,
		    const struct peg_actuals *alt, struct peg_diag *d);
void peg_scores_release(struct peg_scores *s);

/* Σ w·x / Σ w rounded; the helper every weighted mean uses. */
peg_fix peg_weighted_mean(const peg_fix *x, const peg_fix *w, size_t n);

#endif
