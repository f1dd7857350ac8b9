/*
 * write_monitor.c - the monitoring folder (see monitor.h): summary.txt
 * (Italian by default, through msg.h), objectives.csv, indicators.csv,
 * phases.csv and sectors.csv.  Rows in natural id order, fixed formats,
 * nothing from the machine, the time or the paths.
 */
#include "csvwrite.h"
#include "monitor.h"
#include "msg.h"
#include "writecell.h"

#include <string.h>

static const enum peg_msg trend_msg[PEG_TR_COUNT_] = {
	[PEG_TR_BEHIND] = M_TR_BEHIND,
	[PEG_TR_MISSING] = M_TR_MISSING,
	[PEG_TR_AHEAD] = M_TR_AHEAD,
	[PEG_TR_ON_TRACK] = M_TR_ON_TRACK,
	[PEG_TR_NOT_MEASURABLE] = M_TR_NOT_MEASURABLE,
};

static void put_days(struct peg_csvw *w, int has, long days)
{
	if (has)
		peg_csvw_long(w, days);
	else
		peg_csvw_text(w, NULL);
}

/* "35.F2 not_done (due 2020-06-30, 12 days); 35.1 missing (...)": the
 * items of objective k that are overdue or without verification. */
static void to_chase(const struct peg_monitor *m, size_t k, struct peg_buf *b)
{
	const struct peg_plan *p = &m->plan;
	const struct peg_phases *ps = &m->phases;
	char d[PEG_NUMBUF];
	peg_buf_reset(b);
	for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1]; j++) {
		const struct peg_mon_ind *e = &m->ind[p->by_obj[j]];
		if (!e->in_year || (e->state != PEG_PH_NOT_DONE &&
				    e->state != PEG_PH_MISSING))
			continue;
		peg_buf_printf(b, "%s%s %s (due %s, %ld days)",
			       b->len ? "; " : "", p->ind[p->by_obj[j]].id,
			       peg_phase_state_name(e->state),
			       peg_date_str(e->due, d), e->days_late);
	}
	for (size_t j = ps->by_obj_start[k]; j < ps->by_obj_start[k + 1]; j++) {
		const struct peg_phase_eval *e = &m->sched.ph[ps->by_obj[j]];
		if (e->state != PEG_PH_NOT_DONE && e->state != PEG_PH_MISSING)
			continue;
		peg_buf_printf(b, "%s%s %s (due %s, %ld days)",
			       b->len ? "; " : "", ps->ph[ps->by_obj[j]].id,
			       peg_phase_state_name(e->state),
			       peg_date_str(e->due, d), e->days_late);
	}
}

/* ---- objectives.csv --------------------------------------------------- */

static void put_counts(struct peg_csvw *w, const struct peg_mon_counts *c)
{
	peg_csvw_long(w, (long long)c->state[PEG_PH_ON_TIME]);
	peg_csvw_long(w, (long long)c->state[PEG_PH_LATE]);
	peg_csvw_long(w, (long long)c->state[PEG_PH_NOT_DONE]);
	peg_csvw_long(w, (long long)c->state[PEG_PH_MISSING]);
	peg_csvw_long(w, (long long)c->state[PEG_PH_NOT_YET_DUE]);
	peg_csvw_long(w, (long long)c->state[PEG_PH_NEUTRALIZED]);
	peg_csvw_long(w, (long long)c->ahead);
	peg_csvw_long(w, (long long)c->unscheduled);
}

static int w_objectives(const void *ctx, FILE *fp)
{
	const struct peg_monitor *m = ctx;
	static const char *const head[] = {
		"objective_id", "sector", "title", "trend", "indicators",
		"phases", "on_time", "late", "not_done", "missing",
		"not_yet_due", "neutralized", "ahead", "phases_not_scheduled",
		"next_due", "to_chase", NULL};
	struct peg_buf b = {0};
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&w, head);
	for (size_t k = 0; k < m->plan.nobj; k++) {
		const struct peg_objective *o = &m->plan.obj[k];
		const struct peg_mon_obj *mo = &m->obj[k];
		peg_csvw_text(&w, o->id);
		peg_csvw_text(&w, o->sector);
		peg_csvw_text(&w, o->title);
		peg_csvw_text(&w, peg_trend_name(mo->trend));
		peg_csvw_long(&w, (long long)mo->c.indicators);
		peg_csvw_long(&w, (long long)mo->c.phases);
		put_counts(&w, &mo->c);
		if (mo->has_next)
			peg_csvw_date(&w, mo->next_due);
		else
			peg_csvw_text(&w, NULL);
		to_chase(m, k, &b);
		peg_csvw_text(&w, peg_buf_str(&b));
		peg_csvw_end(&w);
	}
	int oom = b.oom;
	peg_buf_release(&b);
	return oom ? -1 : 0;
}

/* ---- indicators.csv --------------------------------------------------- */

static int w_indicators(const void *ctx, FILE *fp)
{
	const struct peg_monitor *m = ctx;
	static const char *const head[] = {
		"indicator_id", "objective_id", "sector", "kind", "target",
		"due", "actual", "verification", "state", "ahead",
		"days_late", "note", NULL};
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&w, head);
	for (size_t i = 0; i < m->plan.nind; i++) {
		const struct peg_mon_ind *e = &m->ind[i];
		const struct peg_indicator *in = &m->plan.ind[i];
		if (!e->in_year)
			continue;
		peg_csvw_text(&w, in->id);
		peg_csvw_text(&w, in->objective_id);
		peg_csvw_text(&w, m->plan.obj[in->objective].sector);
		peg_csvw_text(&w, peg_kind_name(in->kind));
		peg_cell_target(&w, in);
		peg_csvw_date(&w, e->due);
		peg_cell_actual(&w, in, e->v);
		peg_csvw_text(&w, e->v ? peg_vstatus_name(e->v->status) : "");
		peg_csvw_text(&w, peg_phase_state_name(e->state));
		peg_csvw_text(&w, e->ahead ? "yes" : "no");
		put_days(&w, e->has_days, e->days_late);
		peg_csvw_text(&w, e->v ? e->v->note : "");
		peg_csvw_end(&w);
	}
	return 0;
}

/* ---- phases.csv ------------------------------------------------------- */

static int w_phases(const void *ctx, FILE *fp)
{
	const struct peg_monitor *m = ctx;
	static const char *const head[] = {
		"phase_id", "objective_id", "sector", "description", "marks",
		"due", "done", "verification", "state", "ahead", "days_late",
		"note", NULL};
	struct peg_buf b = {0};
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&w, head);
	for (size_t i = 0; i < m->phases.n; i++) {
		const struct peg_phase *ph = &m->phases.ph[i];
		const struct peg_phase_eval *e = &m->sched.ph[i];
		int scheduled;
		peg_buf_reset(&b);
		peg_phase_describe(ph, m->rf.year, &b, &scheduled);
		peg_csvw_text(&w, ph->id);
		peg_csvw_text(&w, ph->objective_id);
		peg_csvw_text(&w, m->plan.obj[ph->objective].sector);
		peg_csvw_text(&w, ph->description);
		peg_csvw_text(&w, scheduled ? peg_buf_str(&b) : NULL);
		if (e->scheduled)
			peg_csvw_date(&w, e->due);
		else
			peg_csvw_text(&w, NULL);
		if (e->done)
			peg_csvw_date(&w, e->done_on);
		else
			peg_csvw_text(&w, NULL);
		peg_csvw_text(&w, e->v ? peg_pstatus_name(e->v->status) : "");
		peg_csvw_text(&w, peg_phase_state_name(e->state));
		peg_csvw_text(&w, e->ahead ? "yes" : "no");
		put_days(&w, e->has_days, e->days_late);
		if (e->v && *e->v->note)
			peg_csvw_text(&w, e->v->note);
		else
			peg_csvw_text(&w, scheduled ? NULL : peg_buf_str(&b));
		peg_csvw_end(&w);
	}
	int oom = b.oom;
	peg_buf_release(&b);
	return oom ? -1 : 0;
}

/* ---- sectors.csv ------------------------------------------------------ */

static void sector_row(struct peg_csvw *w, const char *level,
		       const struct peg_mon_sector *s)
{
	peg_csvw_text(w, level);
	peg_csvw_text(w, s->name);
	peg_csvw_long(w, (long long)s->objectives);
	for (int t = 0; t < PEG_TR_COUNT_; t++)
		peg_csvw_long(w, (long long)s->trend[t]);
	peg_csvw_text(w, peg_trend_name(s->worst));
	peg_csvw_long(w, (long long)(s->c.indicators + s->c.phases));
	put_counts(w, &s->c);
	peg_csvw_end(w);
}

static int w_sectors(const void *ctx, FILE *fp)
{
	const struct peg_monitor *m = ctx;
	static const char *const head[] = {
		"level", "sector", "objectives", "behind",
		"missing_verifications", "ahead", "on_track",
		"not_measurable", "trend", "items", "on_time", "late",
		"not_done", "missing", "not_yet_due", "neutralized",
		"items_ahead", "phases_not_scheduled", NULL};
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&w, head);
	sector_row(&w, "ente", &m->ente);
	for (size_t k = 0; k < m->nsec; k++)
		sector_row(&w, "sector", &m->sec[k]);
	return 0;
}

/* ---- summary.txt ------------------------------------------------------ */

/* "(in ritardo 3, verifiche mancanti 1, ...)" of a trend count. */
static void trends(FILE *fp, enum peg_lang L, const size_t *t)
{
	fputc('(', fp);
	for (int i = 0; i < PEG_TR_COUNT_; i++)
		fprintf(fp, "%s%s %zu", i ? ", " : "",
			peg_msg(L, trend_msg[i]), t[i]);
	fputc(')', fp);
}

/* The items of objective k that explain its trend: overdue, without
 * verification, done late. */
static void chase_line(FILE *fp, const struct peg_monitor *m, size_t k)
{
	enum peg_lang L = m->lang;
	const struct peg_plan *p = &m->plan;
	const struct peg_phases *ps = &m->phases;
	char d[PEG_NUMBUF];
	int n = 0;

	fprintf(fp, "  %s (%s %s), %s:", p->obj[k].id, peg_msg(L, M_SECTOR),
		p->obj[k].sector, peg_msg(L, trend_msg[m->obj[k].trend]));
	for (int phase = 0; phase < 2; phase++) {
		size_t lo = phase ? ps->by_obj_start[k] : p->by_obj_start[k];
		size_t hi = phase ? ps->by_obj_start[k + 1]
				  : p->by_obj_start[k + 1];
		for (size_t j = lo; j < hi; j++) {
			size_t x = phase ? ps->by_obj[j] : p->by_obj[j];
			enum peg_phase_state st;
			peg_date due;
			long days;
			if (phase) {
				const struct peg_phase_eval *e = &m->sched.ph[x];
				st = e->state;
				due = e->due;
				days = e->days_late;
			} else {
				const struct peg_mon_ind *e = &m->ind[x];
				if (!e->in_year)
					continue;
				st = e->state;
				due = e->due;
				days = e->days_late;
			}
			const char *what;
			if (st == PEG_PH_NOT_DONE)
				what = peg_msg(L, phase ? M_NOT_COMPLETED_F
							: M_NOT_COMPLETED_M);
			else if (st == PEG_PH_LATE)
				what = peg_msg(L, phase ? M_DONE_LATE_F
							: M_DONE_LATE_M);
			else if (st == PEG_PH_MISSING)
				what = peg_msg(L, M_VERIF_MISSING);
			else
				continue;
			fprintf(fp, "%s %s %s (%s %s) %s", n++ ? ";" : "",
				peg_msg(L, phase ? M_PHASE_W : M_INDICATOR_W),
				phase ? ps->ph[x].id : p->ind[x].id,
				peg_msg(L, M_DUE), peg_fmt_date(L, due, d), what);
			if (st != PEG_PH_MISSING)
				fprintf(fp, ", %ld %s", days,
					peg_msg(L, days == 1 ? M_DAY_LATE
							     : M_DAYS_LATE));
		}
	}
	fputc('\n', fp);
}

static int w_summary(const void *ctx, FILE *fp)
{
	const struct peg_monitor *m = ctx;
	enum peg_lang L = m->lang;
	char d[PEG_NUMBUF];
	size_t in[PEG_PH_COUNT_] = {0}, nin = 0;
	const size_t *ph = m->sched.count;

	for (size_t i = 0; i < m->plan.nind; i++)
		if (m->ind[i].in_year) {
			in[m->ind[i].state]++;
			nin++;
		}
	fprintf(fp, "%s\n\n", peg_msg(L, M_MONITOR_TITLE));
	if (m->rf.ente[0])
		fprintf(fp, "%s: %s\n", peg_msg(L, M_ENTE), m->rf.ente);
	fprintf(fp, "%s: %d\n", peg_msg(L, M_YEAR), m->rf.year);
	fprintf(fp, "%s: %s\n", peg_msg(L, M_MONITOR_AT),
		peg_fmt_date(L, m->at, d));
	fprintf(fp, "%s: %s\n", peg_msg(L, M_RULES), peg_path_base(m->rules.path));
	fprintf(fp, "%s: pegaso %s\n\n", peg_msg(L, M_ENGINE), peg_version());

	fprintf(fp, "%s %s\n", peg_msg(L, M_STATE_AT), d);
	fprintf(fp, "  %s: %zu ", peg_msg(L, M_OBJECTIVES), m->ente.objectives);
	trends(fp, L, m->ente.trend);
	fputc('\n', fp);
	fprintf(fp, "  %s %d: %zu (%s %zu, %s %zu, %s %zu, %s %zu, %s %zu, %s "
		    "%zu)\n",
		peg_msg(L, M_INDICATORS), m->rf.year, nin,
		peg_msg(L, M_IN_ON_TIME), in[PEG_PH_ON_TIME],
		peg_msg(L, M_IN_LATE), in[PEG_PH_LATE],
		peg_msg(L, M_IN_NOT_DONE), in[PEG_PH_NOT_DONE],
		peg_msg(L, M_IN_MISSING), in[PEG_PH_MISSING],
		peg_msg(L, M_IN_NOT_YET_DUE), in[PEG_PH_NOT_YET_DUE],
		peg_msg(L, M_NEUTRALIZED), in[PEG_PH_NEUTRALIZED]);
	if (m->phases.n) {
		fprintf(fp, "  %s %d: %zu (%s %zu, %s %zu, %s %zu, %s %zu, %s "
			    "%zu, %s %zu)\n",
			peg_msg(L, M_PHASES), m->rf.year,
			m->sched.n - ph[PEG_PH_NOT_SCHEDULED],
			peg_msg(L, M_PH_ON_TIME), ph[PEG_PH_ON_TIME],
			peg_msg(L, M_PH_LATE), ph[PEG_PH_LATE],
			peg_msg(L, M_PH_NOT_DONE), ph[PEG_PH_NOT_DONE],
			peg_msg(L, M_PH_MISSING), ph[PEG_PH_MISSING],
			peg_msg(L, M_PH_NOT_YET_DUE), ph[PEG_PH_NOT_YET_DUE],
			peg_msg(L, M_PH_NEUTRALIZED), ph[PEG_PH_NEUTRALIZED]);
		fprintf(fp, "  %s: %zu\n", peg_msg(L, M_PH_NOT_SCHEDULED),
			ph[PEG_PH_NOT_SCHEDULED]);
	}

	fprintf(fp, "\n%s\n", peg_msg(L, M_BY_SECTOR));
	for (size_t k = 0; k < m->nsec; k++) {
		fprintf(fp, "  %s %s: %s; %s %zu ", peg_msg(L, M_SECTOR),
			m->sec[k].name, peg_msg(L, trend_msg[m->sec[k].worst]),
			peg_msg(L, M_OBJECTIVES_W), m->sec[k].objectives);
		trends(fp, L, m->sec[k].trend);
		fputc('\n', fp);
	}

	fprintf(fp, "\n%s\n", peg_msg(L, M_TO_CHASE));
	size_t n = 0;
	for (size_t k = 0; k < m->plan.nobj; k++)
		if (m->obj[k].trend == PEG_TR_BEHIND ||
		    m->obj[k].trend == PEG_TR_MISSING) {
			chase_line(fp, m, k);
			n++;
		}
	if (!n)
		fprintf(fp, "  %s\n", peg_msg(L, M_NONE));
	return 0;
}

static const struct peg_outfile writers[] = {
	{"objectives.csv", w_objectives},
	{"indicators.csv", w_indicators},
	{"phases.csv", w_phases},
	{"sectors.csv", w_sectors},
	{"summary.txt", w_summary},
};

const struct peg_outfile *peg_mon_writers(size_t *n)
{
	*n = PEG_COUNT(writers);
	return writers;
}
