/*
 * write_sched.c - the schedule outputs of a run folder: phases.csv (every
 * phase of the plan at year end), multiyear.csv (the years of the
 * multi-year objectives), their part of summary.txt and the trace rows
 * of indicators of kind phases.  Rows in natural id order, fixed number
 * formats, nothing from the machine.
 */
#include "csvwrite.h"
#include "msg.h"
#include "report.h"
#include "run.h"
#include "writecell.h"

#include <string.h>

/* ---- phases.csv ------------------------------------------------------- */

int peg_table_phases(const struct peg_run *r, struct peg_csvw *w)
{
	static const char *const head[] = {
		"phase_id", "objective_id", "sector", "phase_sector",
		"description", "year", "marks", "due", "done",
		"verification", "state", "days_late", "score", "note", NULL};
	const struct peg_phases *ps = &r->phases;
	struct peg_buf b = {0};
	peg_csvw_header(w, head);
	for (size_t i = 0; i < ps->n; i++) {
		const struct peg_phase *ph = &ps->ph[i];
		const struct peg_phase_eval *e = &r->sched.ph[i];
		int scheduled;
		peg_buf_reset(&b);
		peg_phase_describe(ph, r->rf.year, &b, &scheduled);
		peg_csvw_text(w, ph->id);
		peg_csvw_text(w, ph->objective_id);
		peg_csvw_text(w, r->plan.obj[ph->objective].sector);
		peg_csvw_text(w, ph->sector);
		peg_csvw_text(w, ph->description);
		peg_csvw_long(w, r->rf.year);
		peg_csvw_text(w, scheduled ? peg_buf_str(&b) : NULL);
		if (e->scheduled)
			peg_csvw_date(w, e->due);
		else
			peg_csvw_text(w, NULL);
		if (e->done)
			peg_csvw_date(w, e->done_on);
		else
			peg_csvw_text(w, NULL);
		peg_csvw_text(w, e->v ? peg_pstatus_name(e->v->status) : "");
		peg_csvw_text(w, peg_phase_state_name(e->state));
		if (e->has_days)
			peg_csvw_long(w, e->days_late);
		else
			peg_csvw_text(w, NULL);
		if (e->counted)
			peg_csvw_fix(w, e->score);
		else
			peg_csvw_text(w, NULL);
		if (e->v && *e->v->note)
			peg_csvw_text(w, e->v->note);
		else
			peg_csvw_text(w, scheduled ? NULL : peg_buf_str(&b));
		peg_csvw_end(w);
	}
	int oom = b.oom;
	peg_buf_release(&b);
	return oom ? -1 : 0;
}

/* ---- multiyear.csv ---------------------------------------------------- */

static void put_actual(struct peg_csvw *w, const struct peg_run *r,
		       const struct peg_my_ind *mi)
{
	const struct peg_indicator *in = &r->plan.ind[mi->ind];
	long vi = r->verifs.by_indicator[mi->ind];
	if (in->kind == PEG_KIND_PHASES && mi->has_result &&
	    mi->res.out.has_share)
		peg_csvw_fix(w, mi->res.out.share);
	else
		peg_cell_actual(w, in, vi < 0 ? NULL : &r->verifs.v[vi]);
}

static const char *period(int year, int run)
{
	return year < run ? "before" : year > run ? "after" : "run_year";
}

int peg_table_multiyear(const struct peg_run *r, struct peg_csvw *w)
{
	static const char *const head[] = {
		"objective_id", "sector", "duration", "year", "period",
		"level", "indicator_id", "kind", "target", "actual", "status",
		"score", "indicators", "verified", "target_raw", NULL};
	const struct peg_multiyear *m = &r->multi;
	peg_csvw_header(w, head);
	for (size_t k = 0; k < m->nyr; k++) {
		const struct peg_my_year *yr = &m->yr[k];
		const struct peg_objective *o = &r->plan.obj[yr->obj];
		peg_csvw_text(w, o->id);
		peg_csvw_text(w, o->sector);
		peg_csvw_text(w, o->duration);
		peg_csvw_long(w, yr->year);
		peg_csvw_text(w, period(yr->year, r->rf.year));
		peg_csvw_text(w, "objective");
		for (int c = 0; c < 4; c++)
			peg_csvw_text(w, NULL);
		peg_csvw_text(w, peg_my_status_name(yr->status));
		if (yr->status == PEG_MY_SCORED)
			peg_csvw_fix(w, yr->achievement);
		else
			peg_csvw_text(w, NULL);
		peg_csvw_long(w, (long long)yr->indicators);
		peg_csvw_long(w, (long long)yr->verified);
		peg_csvw_text(w, NULL);
		peg_csvw_end(w);
		for (size_t j = yr->first; j < yr->first + yr->count; j++) {
			const struct peg_my_ind *mi = &m->ind[j];
			const struct peg_indicator *in = &r->plan.ind[mi->ind];
			enum peg_my_pending pend =
				peg_my_ind_pending(r, yr, mi);
			const char *st =
				pend == PEG_MYP_NOT_YET_DUE    ? "not_yet_due"
				: pend == PEG_MYP_NOT_VERIFIED ? "not_verified"
							       : peg_vstatus_name(
								 mi->res.status);
			peg_csvw_text(w, o->id);
			peg_csvw_text(w, o->sector);
			peg_csvw_text(w, o->duration);
			peg_csvw_long(w, yr->year);
			peg_csvw_text(w, period(yr->year, r->rf.year));
			peg_csvw_text(w, "indicator");
			peg_csvw_text(w, in->id);
			peg_csvw_text(w, peg_kind_name(in->kind));
			peg_cell_target(w, in);
			put_actual(w, r, mi);
			peg_csvw_text(w, st);
			if (peg_my_ind_scored(r, yr, mi))
				peg_csvw_fix(w, mi->res.score);
			else
				peg_csvw_text(w, NULL);
			peg_csvw_text(w, NULL);
			peg_csvw_text(w, NULL);
			peg_csvw_text(w, in->target_raw);
			peg_csvw_end(w);
		}
	}
	return 0;
}

/* ---- trace.csv: indicators of kind phases ------------------------------ */

void peg_trace_phases(const struct peg_run *r, struct peg_csvw *w, size_t i)
{
	const struct peg_indicator *ind = &r->plan.ind[i];
	const struct peg_ind_result *ir = &r->scores.ind[i];
	const struct peg_phases *ps = &r->phases;
	const struct peg_kind_rule *kr = &r->rules.kind[ind->kind];
	struct peg_buf in = {0};
	char a[PEG_NUMBUF], b[PEG_NUMBUF], c[PEG_NUMBUF];

	peg_buf_printf(&in, "grace_days=%ld", kr->grace_days);
	for (size_t j = ps->by_obj_start[ind->objective];
	     j < ps->by_obj_start[ind->objective + 1]; j++) {
		const struct peg_phase_eval *e = &r->sched.ph[ps->by_obj[j]];
		if (!e->scheduled)
			continue;
		peg_buf_printf(&in, "; %s: due %s, %s", ps->ph[ps->by_obj[j]].id,
			       peg_date_str(e->due, a),
			       peg_phase_state_name(e->state));
		if (e->done)
			peg_buf_printf(&in, " %s", peg_date_str(e->done_on, b));
		if (e->counted)
			peg_buf_printf(&in, " = %s", peg_fix_str(e->score, c));
	}
	peg_trace_row(w, "indicator", ind->id, "phases", kr->section,
		      "D.Lgs. 150/2009 art. 8; SMVP", peg_buf_str(&in),
		      ir->out.has_share ? peg_fix_str(ir->out.share, a)
					: "not measurable");
	if (ir->out.has_ratio) {
		peg_buf_reset(&in);
		peg_buf_printf(&in, "kind=phases; share=%s; target=%s",
			       peg_fix_str(ir->out.share, a),
			       peg_fix_str(ind->target, b));
		peg_trace_row(w, "indicator", ind->id, "ratio", kr->section,
			      "D.Lgs. 150/2009 art. 8; SMVP", peg_buf_str(&in),
			      peg_fix_str(ir->out.ratio, c));
	}
	peg_buf_release(&in);
}

/* ---- summary.txt ------------------------------------------------------ */

/* Indicators of kind phases listed one by one; the rest are counted. */
#define MAX_SHOWN 20

void peg_summary_sched(const struct peg_run *r, FILE *fp)
{
	enum peg_lang L = r->lang;
	const struct peg_sched *s = &r->sched;
	char a[PEG_NUMBUF];

	if (r->phases.n) {
		size_t due = s->n - s->count[PEG_PH_NOT_SCHEDULED];
		fprintf(fp, "\n%s\n", peg_msg(L, M_SCHEDULE));
		fprintf(fp,
			"  %s %d: %zu (%s %zu, %s %zu, %s %zu, %s %zu, %s "
			"%zu)\n",
			peg_msg(L, M_PHASES), r->rf.year, due,
			peg_msg(L, M_PH_ON_TIME), s->count[PEG_PH_ON_TIME],
			peg_msg(L, M_PH_LATE), s->count[PEG_PH_LATE],
			peg_msg(L, M_PH_NOT_DONE), s->count[PEG_PH_NOT_DONE],
			peg_msg(L, M_PH_MISSING), s->count[PEG_PH_MISSING],
			peg_msg(L, M_PH_NEUTRALIZED),
			s->count[PEG_PH_NEUTRALIZED]);
		fprintf(fp, "  %s: %zu\n", peg_msg(L, M_PH_NOT_SCHEDULED),
			s->count[PEG_PH_NOT_SCHEDULED]);
		size_t shown = 0, more = 0;
		for (size_t i = 0; i < r->plan.nind; i++) {
			const struct peg_ind_result *ir = &r->scores.ind[i];
			if (!ir->in_year || r->plan.ind[i].kind != PEG_KIND_PHASES ||
			    !ir->phases)
				continue;
			if (shown == MAX_SHOWN) {
				more++;
				continue;
			}
			shown++;
			fprintf(fp, "  %s %s: %zu/%zu %s, %zu %s, %zu %s -> %s\n",
				peg_msg(L, M_INDICATOR), r->plan.ind[i].id,
				ir->ph_on_time, ir->phases,
				peg_msg(L, M_PH_ON_TIME), ir->ph_late,
				peg_msg(L, M_PH_LATE),
				ir->ph_not_done + ir->ph_missing,
				peg_msg(L, M_PH_NOT_DONE),
				ir->counted ? peg_fmt_pct(L, ir->score, a)
					    : peg_msg(L, M_NEUTRALIZED));
		}
		if (more)
			fprintf(fp, "  ... +%zu (indicators.csv)\n", more);
	}
	if (r->multi.objectives) {
		const struct peg_multiyear *m = &r->multi;
		size_t st[PEG_MY_COUNT_] = {0};
		for (size_t k = 0; k < m->nyr; k++)
			if (m->yr[k].year != r->rf.year)
				st[m->yr[k].status]++;
		fprintf(fp, "\n%s: %zu (multiyear.csv)\n",
			peg_msg(L, M_MULTIYEAR), m->objectives);
		fprintf(fp, "  %s: %s %zu, %s %zu, %s %zu, %s %zu\n",
			peg_msg(L, M_OTHER_YEARS_OF), peg_msg(L, M_MY_SCORED),
			st[PEG_MY_SCORED], peg_msg(L, M_MY_PARTIAL),
			st[PEG_MY_PARTIAL], peg_msg(L, M_MY_NOT_VERIFIED),
			st[PEG_MY_NOT_VERIFIED], peg_msg(L, M_MY_NOT_YET_DUE),
			st[PEG_MY_NOT_YET_DUE]);
	}
}
