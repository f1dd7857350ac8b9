/*
 * sched.c - the state of the phases in a year at a date (see sched.h).
 *
 * Owns the array of evaluations; borrows the schedule and the
 * verification rows.  Per-phase scores come from the scoring table
 * (peg_phase_score in score.c), so a phase is scored exactly as a
 * deadline with the same due date would be.
 */
#include "sched.h"
#include "runfile.h"
#include "score.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *peg_phase_state_name(enum peg_phase_state s)
{
	static const char *const names[PEG_PH_COUNT_] = {
		"on_time",     "late",	      "not_done",     "missing",
		"not_yet_due", "neutralized", "not_scheduled"};
	return (unsigned)s < PEG_PH_COUNT_ ? names[s] : "?";
}

static void eval_one(struct peg_phase_eval *e, const struct peg_phase *ph,
		     size_t i, const struct peg_phase_verifs *pv,
		     const struct peg_kind_rule *rule, int year, peg_date at,
		     int final)
{
	long grace = rule->grace_days;
	memset(e, 0, sizeof(*e));
	e->v = peg_phase_verif_find(pv, i, year);
	e->scheduled = peg_phase_due(ph, year, &e->due);
	if (e->v && e->v->status == PEG_PS_DONE &&
	    (final || e->v->done <= at)) {
		e->done = 1;
		e->done_on = e->v->done;
	}
	if (!e->scheduled) {
		e->state = PEG_PH_NOT_SCHEDULED;
		return;
	}
	if (e->v && e->v->status == PEG_PS_NEUTRALIZED) {
		e->state = PEG_PH_NEUTRALIZED;
		return;
	}
	if (e->done) {
		long late = (long)e->done_on - ((long)e->due + grace);
		e->state = late > 0 ? PEG_PH_LATE : PEG_PH_ON_TIME;
		e->has_days = late > 0;
		e->days_late = late > 0 ? late : 0;
		e->ahead = !final && e->due > at;
	} else if (final) {
		e->state = e->v ? PEG_PH_NOT_DONE : PEG_PH_MISSING;
	} else {
		long over = (long)at - ((long)e->due + grace);
		if (over > 0) {
			e->state = e->v ? PEG_PH_NOT_DONE : PEG_PH_MISSING;
			e->has_days = 1;
			e->days_late = over;
		} else
			e->state = PEG_PH_NOT_YET_DUE;
	}
	if (!final)
		return;
	e->counted = 1;
	struct peg_phase_due pd = {e->due, e->done, e->done_on};
	struct peg_score_out o;
	peg_phase_score(rule->fn, rule, &pd, &o);
	e->score = o.score;
}

int peg_sched_eval(struct peg_sched *s, const struct peg_phases *ps,
		   const struct peg_phase_verifs *pv,
		   const struct peg_kind_rule *rule, int year, peg_date at,
		   int final)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
	s->at = at;
	s->final = final;
	s->grace_days = rule->grace_days;
	s->ps = ps;
	s->verif_path = pv->path;
	s->n = ps->n;
	s->ph = calloc(ps->n ? ps->n : 1, sizeof(*s->ph));
	if (!s->ph)
		return -1;
	for (size_t i = 0; i < ps->n; i++) {
		eval_one(&s->ph[i], &ps->ph[i], i, pv, rule, year, at, final);
		s->count[s->ph[i].state]++;
	}
	return 0;
}

void peg_sched_release(struct peg_sched *s)
{
	free(s->ph);
	memset(s, 0, sizeof(*s));
}

int peg_sched_load(struct peg_phases *ps, struct peg_phase_verifs *pv,
		   const struct peg_runfile *rf, const struct peg_plan *p,
		   struct peg_diag *d)
{
	struct peg_arena a = {0};
	const char *path = rf->phases;
	struct stat st;
	memset(pv, 0, sizeof(*pv));
	if (!path) {
		const char *dflt = peg_path_join(&a, rf->plan, "phases.csv");
		if (!dflt) {
			memset(ps, 0, sizeof(*ps));
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
		}
		if (stat(dflt, &st) == 0)
			path = dflt;
	}
	int rc = peg_phases_load(ps, path, p, &rf->csv, d);
	peg_arena_release(&a);
	if (rc)
		return -1;
	if (rf->phase_verification && !ps->path)
		return peg_fail(d, PEG_ERULES, rf->path, 0,
				"[run] phase_verification is given, but the "
				"plan has no phases (no phases.csv in the plan "
				"folder, and no [run] phases)");
	return peg_phase_verifs_load(pv, rf->phase_verification, ps,
				     rf->year, &rf->csv, d);
}
