/*
 * write.c - the scoring tables of a run folder: indicators.csv,
 * objectives.csv, sectors.csv, the scoring part of trace.csv and
 * summary.txt.  Rows follow the plan's natural id order; numbers have a
 * fixed format; nothing depends on the machine, the time or the paths.
 */
#include "csvwrite.h"
#include "msg.h"
#include "run.h"

#include <stdlib.h>
#include <string.h>

/* ---- indicators.csv --------------------------------------------------- */

static void put_target(struct peg_csvw *w, const struct peg_indicator *in)
{
	switch (in->kind) {
	case PEG_KIND_QUALITATIVE:
		peg_csvw_text(w, NULL);
		break;
	case PEG_KIND_DEADLINE:
		peg_csvw_date(w, in->target_date);
		break;
	case PEG_KIND_BOOLEAN:
		peg_csvw_text(w, "yes");
		break;
	default:
		peg_csvw_fix(w, in->target);
	}
}

static void put_actual(struct peg_csvw *w, const struct peg_indicator *in,
		       const struct peg_verif *v)
{
	if (!v || !v->has_actual)
		peg_csvw_text(w, NULL);
	else if (v->status == PEG_VS_JUDGEMENT)
		peg_csvw_fix(w, v->actual);
	else if (in->kind == PEG_KIND_DEADLINE)
		peg_csvw_date(w, v->actual_date);
	else if (in->kind == PEG_KIND_BOOLEAN)
		peg_csvw_text(w, v->actual ? "yes" : "no");
	else
		peg_csvw_fix(w, v->actual);
}

static const struct peg_verif *verif_of(const struct peg_run *r, size_t i)
{
	long vi = r->verifs.by_indicator[i];
	return vi < 0 ? NULL : &r->verifs.v[vi];
}

/* The rules section that scored an indicator. */
static const char *rule_section(const struct peg_run *r, size_t i)
{
	const struct peg_ind_result *ir = &r->scores.ind[i];
	if (ir->status == PEG_VS_JUDGEMENT)
		return "verification";
	if (ir->status == PEG_VS_MISSING)
		return "scoring";
	if (!ir->counted && ir->status != PEG_VS_MISSING)
		return "";
	return r->rules.kind[r->plan.ind[i].kind].section;
}

/* An indicator of kind phases measured from the schedule: its phases. */
static const char *phases_note(const struct peg_ind_result *ir,
			       struct peg_buf *b)
{
	peg_buf_reset(b);
	peg_buf_printf(b,
		       "phases %zu: on_time %zu, late %zu, not_done %zu, "
		       "missing %zu, neutralized %zu",
		       ir->phases, ir->ph_on_time, ir->ph_late, ir->ph_not_done,
		       ir->ph_missing, ir->ph_neutralized);
	return peg_buf_str(b);
}

static int t_indicators(const struct peg_run *r, struct peg_csvw *w)
{
	static const char *const head[] = {
		"indicator_id", "objective_id", "year", "kind", "unit",
		"target", "target_raw", "baseline", "actual", "status",
		"function", "rule_section", "ratio", "days_late", "score",
		"capped", "weight", "counted", "note", NULL};
	struct peg_buf note = {0};
	peg_csvw_header(w, head);
	for (size_t i = 0; i < r->plan.nind; i++) {
		const struct peg_ind_result *ir = &r->scores.ind[i];
		if (!ir->in_year)
			continue;
		const struct peg_indicator *in = &r->plan.ind[i];
		const struct peg_verif *v = verif_of(r, i);
		int scored = ir->counted && ir->status != PEG_VS_MISSING;
		peg_csvw_text(w, in->id);
		peg_csvw_text(w, in->objective_id);
		peg_csvw_long(w, in->year);
		peg_csvw_text(w, peg_kind_name(in->kind));
		peg_csvw_text(w, in->unit);
		put_target(w, in);
		peg_csvw_text(w, in->target_raw);
		if (in->has_baseline)
			peg_csvw_fix(w, in->baseline);
		else
			peg_csvw_text(w, NULL);
		if (in->kind == PEG_KIND_PHASES && ir->out.has_share)
			peg_csvw_fix(w, ir->out.share);
		else
			put_actual(w, in, v);
		peg_csvw_text(w, peg_vstatus_name(ir->status));
		peg_csvw_text(w, scored ? peg_scorefn_get(ir->fn)->name : "");
		peg_csvw_text(w, rule_section(r, i));
		if (scored && ir->out.has_ratio)
			peg_csvw_fix(w, ir->out.ratio);
		else
			peg_csvw_text(w, NULL);
		if (scored && ir->out.has_late)
			peg_csvw_long(w, ir->out.days_late);
		else
			peg_csvw_text(w, NULL);
		if (ir->counted)
			peg_csvw_fix(w, ir->score);
		else
			peg_csvw_text(w, NULL);
		peg_csvw_text(w, ir->capped ? "yes" : "no");
		peg_csvw_fix(w, in->weight);
		peg_csvw_text(w, ir->counted ? "yes" : "no");
		if (v || !ir->phases)
			peg_csvw_text(w, v ? v->note : "");
		else
			peg_csvw_text(w, phases_note(ir, &note));
		peg_csvw_end(w);
	}
	int oom = note.oom;
	peg_buf_release(&note);
	return oom ? -1 : 0;
}

/* ---- objectives.csv --------------------------------------------------- */

static int t_objectives(const struct peg_run *r, struct peg_csvw *w)
{
	static const char *const head[] = {
		"objective_id", "year", "sector", "title", "incentivized",
		"counts_for_pay", "weight", "status", "indicators", "counted",
		"neutralized", "not_due", "missing", "judgement", "aggregate",
		"achievement", NULL};
	peg_csvw_header(w, head);
	for (size_t k = 0; k < r->plan.nobj; k++) {
		const struct peg_objective *o = &r->plan.obj[k];
		const struct peg_obj_result *or = &r->scores.obj[k];
		peg_csvw_text(w, o->id);
		peg_csvw_long(w, o->year);
		peg_csvw_text(w, o->sector);
		peg_csvw_text(w, o->title);
		peg_csvw_text(w, peg_incentivized_name(o->incentivized));
		peg_csvw_text(w, or->pay ? "yes" : "no");
		peg_csvw_fix(w, o->weight);
		peg_csvw_text(w, peg_obj_status_name(or->status));
		peg_csvw_long(w, (long long)or->indicators);
		peg_csvw_long(w, (long long)or->counted);
		peg_csvw_long(w, (long long)or->neutralized);
		peg_csvw_long(w, (long long)or->not_due);
		peg_csvw_long(w, (long long)or->missing);
		peg_csvw_long(w, (long long)or->judgement);
		peg_csvw_text(w, peg_aggregate_name(r->rules.aggregate));
		if (or->status == PEG_OS_SCORED)
			peg_csvw_fix(w, or->achievement);
		else
			peg_csvw_text(w, NULL);
		peg_csvw_end(w);
	}
	return 0;
}

/* ---- sectors.csv ------------------------------------------------------ */

static void sector_row(struct peg_csvw *w, const char *level,
		       const struct peg_sector_result *s)
{
	peg_csvw_text(w, level);
	peg_csvw_text(w, s->name);
	peg_csvw_long(w, (long long)s->objectives);
	peg_csvw_long(w, (long long)s->scored);
	if (s->has_all)
		peg_csvw_fix(w, s->all);
	else
		peg_csvw_text(w, NULL);
	peg_csvw_long(w, (long long)s->pay);
	if (s->has_pay)
		peg_csvw_fix(w, s->pay_ach);
	else
		peg_csvw_text(w, NULL);
	peg_csvw_end(w);
}

static int t_sectors(const struct peg_run *r, struct peg_csvw *w)
{
	static const char *const head[] = {
		"level", "sector", "objectives", "objectives_scored",
		"achievement", "objectives_for_pay", "achievement_for_pay",
		NULL};
	peg_csvw_header(w, head);
	sector_row(w, "ente", &r->scores.ente);
	for (size_t k = 0; k < r->scores.nsec; k++)
		sector_row(w, "sector", &r->scores.sec[k]);
	return 0;
}

/* ---- trace.csv (scoring steps) ---------------------------------------- */

#define BASIS_SCORING PEG_BASIS_SCORING

void peg_trace_row(struct peg_csvw *w, const char *type, const char *id,
		      const char *step, const char *section, const char *basis,
		      const char *inputs, const char *result)
{
	peg_csvw_text(w, type);
	peg_csvw_text(w, id);
	peg_csvw_text(w, step);
	peg_csvw_text(w, section);
	peg_csvw_text(w, basis);
	peg_csvw_text(w, inputs);
	peg_csvw_text(w, result);
	peg_csvw_end(w);
}

static void trace_indicator(struct peg_csvw *w, const struct peg_run *r,
			    size_t i, struct peg_buf *in, struct peg_buf *res)
{
	const struct peg_indicator *ind = &r->plan.ind[i];
	const struct peg_ind_result *ir = &r->scores.ind[i];
	const struct peg_verif *v = verif_of(r, i);
	const struct peg_kind_rule *kr = &r->rules.kind[ind->kind];
	char a[PEG_NUMBUF], b[PEG_NUMBUF], c[PEG_NUMBUF];

	peg_buf_reset(in);
	peg_buf_reset(res);
	switch (ir->status) {
	case PEG_VS_MISSING:
		peg_trace_row(w, "indicator", ind->id, "missing", "scoring",
			  BASIS_SCORING, "no verification row; missing = zero",
			  "0");
		return;
	case PEG_VS_NEUTRALIZED:
	case PEG_VS_NOT_DUE:
		peg_buf_printf(in, "status=%s; note=%s",
			       peg_vstatus_name(ir->status),
			       v ? v->note : "every phase of the year neutralized");
		peg_trace_row(w, "indicator", ind->id, "excluded", "verification",
			  BASIS_SCORING, peg_buf_str(in),
			  "not counted; weights renormalised");
		return;
	case PEG_VS_JUDGEMENT:
		peg_buf_printf(in, "stated=%s; cap=%s; note=%s",
			       peg_fix_str(v->actual, a),
			       peg_fix_str(kr->cap, b), v->note);
		peg_trace_row(w, "indicator", ind->id, "judgement", "verification",
			  BASIS_SCORING, peg_buf_str(in),
			  peg_fix_str(ir->score, c));
		return;
	default:
		break;
	}
	if (ind->kind == PEG_KIND_PHASES && !v) {
		peg_trace_phases(r, w, i);
	} else if (ir->out.has_ratio) {
		peg_buf_printf(in, "kind=%s; actual=%s; target=%s",
			       peg_kind_name(ind->kind),
			       peg_fix_str(v->actual, a),
			       peg_fix_str(ind->target, b));
		if (ind->has_baseline)
			peg_buf_printf(in, "; baseline=%s",
				       peg_fix_str(ind->baseline, c));
		peg_trace_row(w, "indicator", ind->id, "ratio", kr->section,
			  BASIS_SCORING, peg_buf_str(in),
			  peg_fix_str(ir->out.ratio, a));
	} else if (ir->out.has_late) {
		peg_buf_printf(in, "actual=%s; target=%s; grace_days=%ld",
			       peg_date_str(v->actual_date, a),
			       peg_date_str(ind->target_date, b),
			       kr->grace_days);
		peg_buf_printf(res, "%ld", ir->out.days_late);
		peg_trace_row(w, "indicator", ind->id, "days_late", kr->section,
			  BASIS_SCORING, peg_buf_str(in), peg_buf_str(res));
	}
	peg_buf_reset(in);
	peg_buf_printf(in, "function=%s; cap=%s",
		       peg_scorefn_get(ir->fn)->name, peg_fix_str(kr->cap, a));
	if (peg_scorefn_get(ir->fn)->uses_floor)
		peg_buf_printf(in, "; floor=%s", peg_fix_str(kr->floor, b));
	if (ir->fn == PEG_FN_DEADLINE_LINEAR || ir->fn == PEG_FN_PHASES_LINEAR)
		peg_buf_printf(in, "; zero_after_days=%ld",
			       kr->zero_after_days);
	if (ir->fn == PEG_FN_BINARY)
		peg_buf_printf(in, "; actual=%s", v->actual ? "yes" : "no");
	if (ir->capped)
		peg_buf_puts(in, "; capped");
	if (ir->floored)
		peg_buf_puts(in, "; below floor");
	peg_trace_row(w, "indicator", ind->id, "score", kr->section, BASIS_SCORING,
		  peg_buf_str(in), peg_fix_str(ir->score, a));
}

/* Settore (k) or ente (k = -1): the two weighted means of objectives. */
static void trace_sector(struct peg_csvw *w, const struct peg_run *r,
			 size_t k, struct peg_buf *in)
{
	const struct peg_sector_result *s =
		k == (size_t)-1 ? &r->scores.ente : &r->scores.sec[k];
	const char *type = k == (size_t)-1 ? "ente" : "sector";
	char a[PEG_NUMBUF], b[PEG_NUMBUF];

	for (int pay = 0; pay < 2; pay++) {
		peg_buf_reset(in);
		peg_buf_printf(in, "objective weights; %s",
			       pay ? "incentivized objectives"
				   : "all scored objectives");
		if (k != (size_t)-1)
			for (size_t j = r->scores.sec_obj_start[k];
			     j < r->scores.sec_obj_start[k + 1]; j++) {
				size_t i = r->scores.sec_obj[j];
				const struct peg_obj_result *o =
					&r->scores.obj[i];
				if (o->status != PEG_OS_SCORED || (pay && !o->pay))
					continue;
				peg_buf_printf(in, "; %s=%s*%s",
					       r->plan.obj[i].id,
					       peg_fix_str(o->achievement, a),
					       peg_fix_str(r->plan.obj[i].weight,
							   b));
			}
		else
			peg_buf_printf(in, "; %zu objectives (see their rows)",
				       pay ? s->pay : s->scored);
		int has = pay ? s->has_pay : s->has_all;
		peg_trace_row(w, type, s->name,
			  pay ? "achievement_for_pay" : "achievement",
			  "objective", BASIS_SCORING, peg_buf_str(in),
			  has ? peg_fix_str(pay ? s->pay_ach : s->all, a)
			      : "not measurable");
	}
}

static int w_trace_scoring(const struct peg_run *r, struct peg_csvw *w)
{
	struct peg_buf in = {0}, res = {0};
	char a[PEG_NUMBUF], b[PEG_NUMBUF];

	for (size_t i = 0; i < r->plan.nind; i++)
		if (r->scores.ind[i].in_year)
			trace_indicator(w, r, i, &in, &res);
	/* Objectives: the weighted terms that entered the aggregate. */
	for (size_t k = 0; k < r->plan.nobj; k++) {
		const struct peg_obj_result *o = &r->scores.obj[k];
		peg_buf_reset(&in);
		peg_buf_printf(&in, "aggregate=%s",
			       peg_aggregate_name(r->rules.aggregate));
		const struct peg_plan *p = &r->plan;
		for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1];
		     j++) {
			size_t i = p->by_obj[j];
			const struct peg_ind_result *ir = &r->scores.ind[i];
			if (!ir->in_year || !ir->counted)
				continue;
			peg_buf_printf(&in, "; %s=%s*%s", r->plan.ind[i].id,
				       peg_fix_str(ir->score, a),
				       peg_fix_str(r->plan.ind[i].weight, b));
		}
		peg_trace_row(w, "objective", r->plan.obj[k].id, "achievement",
			  "objective", BASIS_SCORING, peg_buf_str(&in),
			  o->status == PEG_OS_SCORED
				  ? peg_fix_str(o->achievement, a)
				  : peg_obj_status_name(o->status));
	}
	for (size_t k = 0; k < r->scores.nsec; k++)
		trace_sector(w, r, k, &in);
	trace_sector(w, r, (size_t)-1, &in);
	peg_buf_release(&in);
	peg_buf_release(&res);
	return 0;
}

static int t_trace(const struct peg_run *r, struct peg_csvw *w)
{
	static const char *const head[] = {"subject_type", "subject_id",
					   "step",	   "rule_section",
					   "legal_basis",  "inputs",
					   "result",	   NULL};
	peg_csvw_header(w, head);
	int rc = w_trace_scoring(r, w);
	if (r->has_staff)
		peg_trace_pay(r, w);
	return rc;
}

/* ---- summary.txt ------------------------------------------------------ */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Prints the lines of text sorted, so that their order never depends on
 * the order of the input rows or columns. */
static int put_sorted_lines(FILE *fp, const char *text)
{
	size_t n = 0;
	for (const char *p = text; *p; p++)
		n += *p == '\n';
	if (!n)
		return 0;
	char *copy = strdup(text);
	const char **line = malloc(n * sizeof(*line));
	if (!copy || !line) {
		free(copy);
		free(line);
		return -1;
	}
	size_t k = 0;
	for (char *p = copy, *nl; (nl = strchr(p, '\n')); p = nl + 1) {
		*nl = '\0';
		line[k++] = p;
	}
	qsort(line, k, sizeof(*line), cmp_str);
	for (size_t i = 0; i < k; i++)
		fprintf(fp, "%s\n", line[i]);
	free(line);
	free(copy);
	return 0;
}

static int w_summary(const struct peg_run *r, FILE *fp)
{
	enum peg_lang L = r->lang;
	const struct peg_scores *s = &r->scores;
	char a[PEG_NUMBUF], b[PEG_NUMBUF];
	size_t n[PEG_VS_COUNT_] = {0}, os[3] = {0};

	for (size_t i = 0; i < r->plan.nind; i++)
		if (s->ind[i].in_year)
			n[s->ind[i].status]++;
	for (size_t k = 0; k < r->plan.nobj; k++)
		os[s->obj[k].status]++;

	fprintf(fp, "%s\n\n", peg_msg(L, M_SUMMARY_TITLE));
	if (r->rf.ente[0])
		fprintf(fp, "%s: %s\n", peg_msg(L, M_ENTE), r->rf.ente);
	fprintf(fp, "%s: %d\n", peg_msg(L, M_YEAR), r->rf.year);
	fprintf(fp, "%s: %s\n", peg_msg(L, M_RULES), peg_path_base(r->rules.path));
	fprintf(fp, "%s: pegaso %s\n", peg_msg(L, M_ENGINE), peg_version());
	if (r->reports_auto_skipped)
		fprintf(fp, peg_msg(L, M_REPORTS_SKIPPED), r->staff.npos,
			r->plan.nobj, PEG_REPORTS_AUTO_POSITIONS,
			PEG_REPORTS_AUTO_OBJECTIVES);
	fputc('\n', fp);

	fprintf(fp, "%s\n", peg_msg(L, M_PLAN));
	fprintf(fp, "  %s: %zu (%s %zu, %s %zu, %s %zu)\n",
		peg_msg(L, M_OBJECTIVES), r->plan.nobj, peg_msg(L, M_SCORED),
		os[PEG_OS_SCORED], peg_msg(L, M_NEUTRALIZED),
		os[PEG_OS_NEUTRALIZED], peg_msg(L, M_NO_INDICATORS),
		os[PEG_OS_NO_INDICATORS]);
	fprintf(fp, "  %s %d: %zu (%s %zu, %s %zu, %s %zu, %s %zu, %s %zu)\n",
		peg_msg(L, M_INDICATORS), r->rf.year, s->in_year,
		peg_msg(L, M_MEASURED), n[PEG_VS_MEASURED],
		peg_msg(L, M_JUDGEMENT), n[PEG_VS_JUDGEMENT],
		peg_msg(L, M_NEUTRALIZED), n[PEG_VS_NEUTRALIZED],
		peg_msg(L, M_NOT_DUE), n[PEG_VS_NOT_DUE],
		peg_msg(L, M_MISSING), n[PEG_VS_MISSING]);
	if (r->plan.nind != s->in_year || r->verifs.other_years)
		fprintf(fp, "  %s: %s %zu, %s %zu\n",
			peg_msg(L, M_OTHER_YEARS), peg_msg(L, M_INDICATORS),
			r->plan.nind - s->in_year, peg_msg(L, M_VERIFICATIONS),
			r->verifs.other_years);

	fprintf(fp, "\n%s (%s / %s)\n", peg_msg(L, M_ACHIEVEMENT),
		peg_msg(L, M_ALL_OBJECTIVES),
		peg_msg(L, M_INCENTIVIZED_OBJECTIVES));
	fprintf(fp, "  %s: %s / %s\n", peg_msg(L, M_ENTE),
		s->ente.has_all ? peg_fmt_pct(L, s->ente.all, a)
				: peg_msg(L, M_NOT_MEASURABLE),
		s->ente.has_pay ? peg_fmt_pct(L, s->ente.pay_ach, b)
				: peg_msg(L, M_NOT_MEASURABLE));
	for (size_t k = 0; k < s->nsec; k++)
		fprintf(fp, "  %s %s: %s / %s\n", peg_msg(L, M_SECTOR),
			s->sec[k].name,
			s->sec[k].has_all ? peg_fmt_pct(L, s->sec[k].all, a)
					  : peg_msg(L, M_NOT_MEASURABLE),
			s->sec[k].has_pay ? peg_fmt_pct(L, s->sec[k].pay_ach, b)
					  : peg_msg(L, M_NOT_MEASURABLE));

	peg_summary_sched(r, fp);
	if (r->has_staff)
		peg_summary_pay(r, fp);

	fprintf(fp, "\n%s\n", peg_msg(L, M_WARNINGS));
	if (!r->nwarnings)
		fprintf(fp, "  %s\n", peg_msg(L, M_NONE));
	return put_sorted_lines(fp, peg_buf_str(&r->warnings));
}

static const struct peg_writer writers[] = {
	{"indicators.csv", NULL, 0, t_indicators, NULL},
	{"objectives.csv", NULL, 0, t_objectives, NULL},
	{"sectors.csv", NULL, 0, t_sectors, NULL},
	{"phases.csv", NULL, 0, peg_table_phases, NULL},
	{"multiyear.csv", NULL, 0, peg_table_multiyear, NULL},
	{"payouts.csv", NULL, 1, peg_table_payouts, NULL, 0, 1},
	{"transparency.csv", NULL, 1, peg_table_transparency, NULL},
	/* the trace is for machines (explain tells it to people) and
	 * outgrows a spreadsheet: not a sheet of report.xlsx */
	{"trace.csv", NULL, 0, t_trace, NULL, 0, 1, 1},
	{"summary.txt", w_summary, 0, NULL, NULL},
	{"report.html", peg_write_report_html, 0, NULL, NULL, 1, 1},
	{"report.xlsx", NULL, 0, NULL, peg_write_xlsx, 1, 1},
};

const struct peg_writer *peg_writers(size_t *n)
{
	*n = PEG_COUNT(writers);
	return writers;
}
