/*
 * sched.h - the state of the plan's phases in a year at a date: which
 * are due, done on time, done late, not done, not yet due, neutralized,
 * not scheduled in the year.  The year-end run evaluates at the end of
 * the year (every phase of the year is due); pegaso monitor at any date.
 *
 * Results are one struct per phase, in the schedule's order, so that
 * writers and reports read them without recomputing anything.
 */
#ifndef PEG_SCHED_H
#define PEG_SCHED_H

#include "phase.h"
#include "rules.h"

enum peg_phase_state {
	PEG_PH_ON_TIME = 0,   /* done by its due date plus grace days */
	PEG_PH_LATE,          /* done after it */
	PEG_PH_NOT_DONE,      /* due, and not done */
	PEG_PH_MISSING,       /* due, and no verification row */
	PEG_PH_NOT_YET_DUE,   /* monitoring: not done, not overdue yet */
	PEG_PH_NEUTRALIZED,   /* left out (verification status) */
	PEG_PH_NOT_SCHEDULED, /* no quarter of the year marked */
	PEG_PH_COUNT_
};
const char *peg_phase_state_name(enum peg_phase_state s);

struct peg_phase_eval {
	int scheduled;        /* has a due date in the year */
	peg_date due;
	enum peg_phase_state state;
	const struct peg_phase_verif *v; /* the year's row, NULL if none */
	int done;             /* done as of the evaluation */
	peg_date done_on;
	int has_days;
	long days_late;       /* LATE: done - due - grace; NOT_DONE and
			       * MISSING when monitoring: at - due - grace */
	int ahead;            /* done, and due after the evaluation date */
	int counted;          /* final: enters a `phases` indicator */
	peg_fix score;        /* final: the phase's score under [kind
			       * phases] when counted */
};

struct peg_sched {
	int year;
	peg_date at;          /* the evaluation date */
	int final;            /* year end: everything of the year is due */
	long grace_days;      /* of [kind phases] */
	const struct peg_phases *ps; /* borrowed */
	const char *verif_path;      /* the phase verification file, NULL */
	struct peg_phase_eval *ph;   /* one per ps->ph */
	size_t n;
	size_t count[PEG_PH_COUNT_];
};

/*
 * peg_sched_eval - the state of every phase of ps for `year`.
 *
 * Monitoring (final = 0) at date `at`: a phase done on or before `at` is
 * on time or late; one not done by then (no date, status not_done, or a
 * date after `at`) is overdue when `at` is after its due date plus the
 * grace days (NOT_DONE, or MISSING without a row), else NOT_YET_DUE; on
 * its due date a phase is not late yet.
 *
 * Final (the year-end run, at = 31 December): every phase with a due
 * date in the year is due; a done date counts whenever it is; each
 * phase that is done, not done or missing gets its score under rule
 * (the [kind phases] function: on_time or deadline_linear per phase).
 *
 * -1 only out of memory.  Release with peg_sched_release in every case.
 */
int peg_sched_eval(struct peg_sched *s, const struct peg_phases *ps,
		   const struct peg_phase_verifs *pv,
		   const struct peg_kind_rule *rule, int year, peg_date at,
		   int final);
void peg_sched_release(struct peg_sched *s);

/*
 * peg_sched_load - the schedule inputs a run file names: the phases
 * ([run] phases, or phases.csv in the plan folder when it is there) and
 * the phase verification file ([run] phase_verification, optional).
 * Fails (PEG_ERULES) when a phase verification file is named and the
 * plan has no phases, and as the loaders fail.  Release both in every
 * case.
 */
struct peg_runfile;
int peg_sched_load(struct peg_phases *ps, struct peg_phase_verifs *pv,
		   const struct peg_runfile *rf, const struct peg_plan *p,
		   struct peg_diag *d);

#endif
