/*
 * monitor.c - in-year monitoring (see monitor.h): loads what a run file
 * names except the staff, evaluates every indicator and phase of the run
 * year at a date, rolls the states up per objective, settore and ente,
 * and writes the monitoring folder atomically.
 *
 * When an item is due: a deadline on its target date, a phase at the end
 * of the last quarter of the year it is marked in, every other indicator
 * (numbers, yes/no, judgements, phases) at the end of the year.  It is
 * overdue once the date is past its due date plus the kind's grace days:
 * on its due date nothing is late yet.
 */
#include "monitor.h"
#include "curve.h"
#include "outdir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *peg_trend_name(enum peg_trend t)
{
	static const char *const names[PEG_TR_COUNT_] = {
		"behind", "missing_verifications", "ahead", "on_track",
		"not_measurable"};
	return (unsigned)t < PEG_TR_COUNT_ ? names[t] : "?";
}

/* ---- loading ---------------------------------------------------------- */

int peg_monitor_load(struct peg_monitor **out, const char *path,
		     struct peg_diag *d)
{
	struct peg_monitor *m = calloc(1, sizeof(*m));
	*out = NULL;
	if (!m)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	peg_gsl_init();
	if (peg_runfile_load(&m->rf, path, d) ||
	    peg_rules_load(&m->rules, m->rf.rules, d) ||
	    peg_plan_load(&m->plan, m->rf.plan, m->rf.year, &m->rf.csv, d) ||
	    peg_verifs_load(&m->verifs, m->rf.verification, &m->plan,
			    m->rf.year, &m->rf.csv, d) ||
	    peg_sched_load(&m->phases, &m->pverifs, &m->rf, &m->plan, d)) {
		peg_monitor_free(m);
		return -1;
	}
	*out = m;
	return 0;
}

/* ---- indicators ------------------------------------------------------- */

/* One indicator of the year at date `at`. */
static void eval_ind(struct peg_mon_ind *e, const struct peg_indicator *in,
		     const struct peg_verif *v, const struct peg_kind_rule *rule,
		     int year, peg_date at)
{
	long grace = rule->grace_days;
	int done = 0;
	peg_date done_on = 0;

	e->v = v;
	e->due = in->kind == PEG_KIND_DEADLINE ? in->target_date
					       : peg_date_from_ymd(year, 12, 31);
	if (v && (v->status == PEG_VS_NEUTRALIZED ||
		  v->status == PEG_VS_NOT_DUE)) {
		e->state = PEG_PH_NEUTRALIZED;
		return;
	}
	int overdue = (long)at > (long)e->due + grace;
	if (v && v->status == PEG_VS_MEASURED) {
		if (in->kind == PEG_KIND_DEADLINE) {
			done = v->actual_date <= at;
			done_on = v->actual_date;
		} else if (in->kind == PEG_KIND_BOOLEAN) {
			/* a yes is done (the day is not known: on time);
			 * a no is not done */
			done = v->actual == PEG_FIX_ONE;
			done_on = done && at < e->due ? at : e->due;
		} else {
			/* a number measured before its due date is a partial
			 * reading, not the result */
			done = overdue;
			done_on = e->due;
		}
	} else if (v && v->status == PEG_VS_JUDGEMENT) {
		done = overdue;
		done_on = e->due;
	}
	if (done) {
		long late = (long)done_on - ((long)e->due + grace);
		e->state = late > 0 ? PEG_PH_LATE : PEG_PH_ON_TIME;
		e->has_days = late > 0;
		e->days_late = late > 0 ? late : 0;
		e->ahead = e->due > at;
		return;
	}
	if (!overdue) {
		e->state = PEG_PH_NOT_YET_DUE;
		return;
	}
	/* kind phases without a row is measured from its phases: it is
	 * missing only when one of them is */
	e->state = v || in->kind == PEG_KIND_PHASES ? PEG_PH_NOT_DONE
						    : PEG_PH_MISSING;
	e->has_days = 1;
	e->days_late = (long)at - ((long)e->due + grace);
}

/* A phases indicator past its due date: done when its phases are. */
static void eval_phases_ind(struct peg_mon_ind *e, const struct peg_monitor *m,
			    size_t k)
{
	const struct peg_phases *ps = &m->phases;
	size_t missing = 0, open = 0;
	for (size_t j = ps->by_obj_start[k]; j < ps->by_obj_start[k + 1]; j++) {
		enum peg_phase_state s = m->sched.ph[ps->by_obj[j]].state;
		missing += s == PEG_PH_MISSING;
		open += s == PEG_PH_NOT_DONE || s == PEG_PH_NOT_YET_DUE;
	}
	if (missing)
		e->state = PEG_PH_MISSING;
	else if (!open) {
		e->state = PEG_PH_ON_TIME;
		e->has_days = 0;
		e->days_late = 0;
	}
}

/* ---- roll-ups --------------------------------------------------------- */

static void count_item(struct peg_mon_counts *c, enum peg_phase_state s,
		       int ahead)
{
	c->state[s]++;
	c->ahead += (size_t)ahead;
}

static void add_counts(struct peg_mon_counts *to,
		       const struct peg_mon_counts *c)
{
	for (int s = 0; s < PEG_PH_COUNT_; s++)
		to->state[s] += c->state[s];
	to->ahead += c->ahead;
	to->indicators += c->indicators;
	to->phases += c->phases;
	to->unscheduled += c->unscheduled;
}

static enum peg_trend trend_of(const struct peg_mon_counts *c)
{
	size_t items = c->indicators + c->phases;
	if (c->state[PEG_PH_NOT_DONE] || c->state[PEG_PH_LATE])
		return PEG_TR_BEHIND;
	if (c->state[PEG_PH_MISSING])
		return PEG_TR_MISSING;
	if (c->ahead)
		return PEG_TR_AHEAD;
	if (items > c->state[PEG_PH_NEUTRALIZED])
		return PEG_TR_ON_TRACK;
	return PEG_TR_NOT_MEASURABLE;
}

static void note_next(struct peg_mon_obj *o, enum peg_phase_state s,
		      peg_date due)
{
	if (s != PEG_PH_NOT_YET_DUE)
		return;
	if (!o->has_next || due < o->next_due)
		o->next_due = due;
	o->has_next = 1;
}

/* The settori of the plan, sorted, and each objective's. */
static int build_sectors(struct peg_monitor *m)
{
	const struct peg_plan *p = &m->plan;
	const char **names;
	m->sec = calloc(p->nobj ? p->nobj : 1, sizeof(*m->sec));
	m->obj_sector = calloc(p->nobj ? p->nobj : 1, sizeof(*m->obj_sector));
	if (!m->sec || !m->obj_sector ||
	    peg_plan_sectors(p, &names, &m->nsec, m->obj_sector))
		return -1;
	for (size_t k = 0; k < m->nsec; k++)
		m->sec[k].name = names[k];
	free(names);
	return 0;
}

static void release_results(struct peg_monitor *m)
{
	peg_sched_release(&m->sched);
	free(m->ind);
	free(m->obj);
	free(m->sec);
	free(m->obj_sector);
	m->ind = NULL;
	m->obj = NULL;
	m->sec = NULL;
	m->obj_sector = NULL;
	m->nsec = 0;
	memset(&m->ente, 0, sizeof(m->ente));
	m->computed = 0;
}

int peg_monitor_compute(struct peg_monitor *m, const char *at,
			struct peg_diag *d)
{
	const struct peg_plan *p = &m->plan;
	const char *why;
	peg_date t;
	int year = m->rf.year;

	if (peg_parse_date(at, &t, &why))
		return peg_fail(d, PEG_EUSAGE, NULL, 0,
				"--at '%s': %s", at, why);
	release_results(m);
	m->at = t;
	m->ind = calloc(p->nind ? p->nind : 1, sizeof(*m->ind));
	m->obj = calloc(p->nobj ? p->nobj : 1, sizeof(*m->obj));
	if (!m->ind || !m->obj || build_sectors(m) ||
	    peg_sched_eval(&m->sched, &m->phases, &m->pverifs,
			   &m->rules.kind[PEG_KIND_PHASES], year, t, 0))
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");

	for (size_t i = 0; i < p->nind; i++) {
		const struct peg_indicator *in = &p->ind[i];
		struct peg_mon_ind *e = &m->ind[i];
		if (in->year != year)
			continue;
		long vi = m->verifs.by_indicator[i];
		e->in_year = 1;
		eval_ind(e, in, vi < 0 ? NULL : &m->verifs.v[vi],
			 &m->rules.kind[in->kind], year, t);
		if (in->kind == PEG_KIND_PHASES && vi < 0 &&
		    e->state == PEG_PH_NOT_DONE)
			eval_phases_ind(e, m, in->objective);
		struct peg_mon_obj *o = &m->obj[in->objective];
		o->c.indicators++;
		count_item(&o->c, e->state, e->ahead);
		note_next(o, e->state, e->due);
	}
	for (size_t i = 0; i < m->phases.n; i++) {
		const struct peg_phase_eval *e = &m->sched.ph[i];
		struct peg_mon_obj *o = &m->obj[m->phases.ph[i].objective];
		if (e->state == PEG_PH_NOT_SCHEDULED) {
			o->c.unscheduled++;
			continue;
		}
		o->c.phases++;
		count_item(&o->c, e->state, e->ahead);
		note_next(o, e->state, e->due);
	}
	m->ente.name = "";
	for (size_t k = 0; k < p->nobj; k++) {
		struct peg_mon_obj *o = &m->obj[k];
		struct peg_mon_sector *s = &m->sec[m->obj_sector[k]];
		o->trend = trend_of(&o->c);
		s->objectives++;
		s->trend[o->trend]++;
		add_counts(&s->c, &o->c);
		m->ente.objectives++;
		m->ente.trend[o->trend]++;
		add_counts(&m->ente.c, &o->c);
	}
	/* a settore is as its worst objective */
	for (size_t k = 0; k <= m->nsec; k++) {
		struct peg_mon_sector *s = k < m->nsec ? &m->sec[k] : &m->ente;
		s->worst = PEG_TR_NOT_MEASURABLE;
		for (int tr = PEG_TR_COUNT_ - 1; tr >= 0; tr--)
			if (s->trend[tr])
				s->worst = (enum peg_trend)tr;
	}
	m->computed = 1;
	return 0;
}

/* ---- writing ---------------------------------------------------------- */

int peg_monitor_write(struct peg_monitor *m,
		      const struct peg_monitor_options *opt,
		      struct peg_diag *d)
{
	struct peg_arena a = {0};
	size_t n;
	const struct peg_outfile *w = peg_mon_writers(&n);
	char date[PEG_NUMBUF];

	if (!m->computed)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0,
				"peg_monitor_write before peg_monitor_compute");
	m->lang = opt ? opt->lang : PEG_LANG_IT;
	const char *target = opt && opt->output ? opt->output : NULL;
	if (!target) {
		size_t len = strlen(m->rf.output) + 32;
		char *t = peg_arena_alloc(&a, len);
		if (!t)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
		snprintf(t, len, "%s-monitor-%s", m->rf.output,
			 peg_date_str(m->at, date));
		target = t;
	}
	int rc = peg_outdir_write(target, opt && opt->force, w, n, m, d);
	if (!rc) {
		free(m->outdir);
		m->outdir = strdup(target);
		if (!m->outdir)
			rc = peg_fail(d, PEG_EINTERNAL, NULL, 0,
				      "out of memory");
	}
	peg_arena_release(&a);
	return rc;
}

const char *peg_monitor_output_dir(const struct peg_monitor *m)
{
	return m->outdir;
}

void peg_monitor_stats(const struct peg_monitor *m,
		       struct peg_monitor_stats *st)
{
	char b[PEG_NUMBUF];
	memset(st, 0, sizeof(*st));
	if (!m->computed)
		return;
	snprintf(st->at, sizeof(st->at), "%s", peg_date_str(m->at, b));
	st->objectives = m->ente.objectives;
	st->behind = m->ente.trend[PEG_TR_BEHIND];
	st->missing = m->ente.trend[PEG_TR_MISSING];
	st->ahead = m->ente.trend[PEG_TR_AHEAD];
	st->on_track = m->ente.trend[PEG_TR_ON_TRACK];
	st->not_measurable = m->ente.trend[PEG_TR_NOT_MEASURABLE];
}

void peg_monitor_free(struct peg_monitor *m)
{
	if (!m)
		return;
	release_results(m);
	peg_phase_verifs_release(&m->pverifs);
	peg_phases_release(&m->phases);
	peg_verifs_release(&m->verifs);
	peg_plan_release(&m->plan);
	peg_rules_release(&m->rules);
	peg_runfile_release(&m->rf);
	free(m->outdir);
	free(m);
}
