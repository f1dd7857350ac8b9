/*
 * multiyear.h - the progress of multi-year objectives (duration
 * "pluriennale") over their years: each year's targets, the values
 * verified, each year's achievement.
 *
 * A run for year Y scores the indicator rows of Y.  Rows of the other
 * years of a multi-year objective are scored here, with the same rules,
 * when the verification files hold rows of that year (a verification
 * file may carry the earlier years' rows); they never enter the run's
 * means or the distribution.
 */
#ifndef PEG_MULTIYEAR_H
#define PEG_MULTIYEAR_H

#include "phase.h"
#include "score.h"

enum peg_my_status {
	PEG_MY_SCORED = 0,     /* every indicator of the year verified */
	PEG_MY_NEUTRALIZED,    /* every one neutralized or not due */
	PEG_MY_PARTIAL,        /* some verified, some not: no achievement */
	PEG_MY_NOT_VERIFIED,   /* an earlier year without verification */
	PEG_MY_NOT_YET_DUE,    /* a later year without verification */
	PEG_MY_NO_INDICATORS,  /* no target for that year */
	PEG_MY_COUNT_
};
const char *peg_my_status_name(enum peg_my_status s);

/* One indicator row (of any year) of a multi-year objective. */
struct peg_my_ind {
	size_t ind;                 /* index into plan.ind */
	int has_result;             /* its year was scored */
	int verified;               /* ... from a verification (not missing) */
	struct peg_ind_result res;  /* when has_result */
};

/* One year of a multi-year objective. */
struct peg_my_year {
	size_t obj;                 /* index into plan.obj */
	int year;
	enum peg_my_status status;
	peg_fix achievement;        /* PEG_MY_SCORED */
	size_t indicators, verified;
	size_t first, count;        /* its indicator rows in ind[] */
};

struct peg_multiyear {
	size_t objectives;          /* multi-year objectives of the plan */
	struct peg_my_year *yr;     /* by objective (plan order), year */
	size_t nyr;
	struct peg_my_ind *ind;     /* by year, then indicator id */
	size_t nind;
};

/* 1 when the objective's duration says it runs over several years
 * ("pluriennale", "biennale", "triennale", any case). */
int peg_objective_multiyear(const struct peg_objective *o);

/*
 * peg_multiyear_compute - the progress of every multi-year objective of
 * p, given the run's scores for `year`.  Other years are scored with r
 * (missing rows are not verified, not zero; unknown incentivized flags
 * do not matter) and the schedule of that year.  Fails as scoring fails
 * on a bad verification row (PEG_EDATA) or out of memory.  Release with
 * peg_multiyear_release in every case.
 */
int peg_multiyear_compute(struct peg_multiyear *m, const struct peg_plan *p,
			  const struct peg_verifs *v,
			  const struct peg_phases *ps,
			  const struct peg_phase_verifs *pv,
			  const struct peg_rules *r,
			  const struct peg_scores *run, int year,
			  struct peg_diag *d);
void peg_multiyear_release(struct peg_multiyear *m);

#endif
