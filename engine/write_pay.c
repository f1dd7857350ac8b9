/*
 * write_pay.c - the distribution outputs of a run folder: payouts.csv
 * (every position and person in every pool), transparency.csv (D.Lgs.
 * 33/2013 art. 20: aggregates only), the pay steps of trace.csv and the
 * pools and legal checks of summary.txt.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cents.h"
#include "csvwrite.h"
#include "msg.h"
#include "report.h"
#include "run.h"

#define BASIS_ART69 PEG_BASIS_ART69
#define BASIS_TIME PEG_BASIS_TIME
#define BASIS_CENTS PEG_BASIS_CENTS

static const char *yesno(int v)
{
	return v ? "yes" : "no";
}

/* ---- payouts.csv ------------------------------------------------------ */

static void put_scaled(struct peg_csvw *w, int64_t v, int digits)
{
	char b[PEG_NUMBUF];
	peg_csvw_number(w, peg_scaled_str(v, digits, b));
}

static void position_row(struct peg_csvw *w, const struct peg_run *r,
			 size_t i, size_t pi)
{
	const struct peg_position *q = &r->staff.pos[i];
	const struct peg_pp *pp = peg_pp_at(&r->pay, i, pi);
	const struct peg_comp_val *c = &r->pay.comp[i * r->pay.ncomp];

	peg_csvw_text(w, "position");
	peg_csvw_text(w, q->employee_id);
	peg_csvw_text(w, q->position);
	peg_csvw_text(w, r->rules.pay.pool[pi].name);
	peg_csvw_text(w, r->rules.pay.area[q->area].display);
	peg_csvw_text(w, q->sector);
	peg_csvw_text(w, yesno(pp->eligible));
	peg_csvw_text(w, pp->reason ? pp->reason : "");
	for (size_t k = 0; k < r->pay.ncomp; k++)
		if (c[k].has)
			peg_csvw_fix(w, c[k].v);
		else
			peg_csvw_text(w, NULL);
	if (pp->has_score) {
		peg_csvw_fix(w, pp->score);
		peg_csvw_fix(w, pp->factor);
		put_scaled(w, pp->t9, 9);
	} else {
		peg_csvw_text(w, NULL);
		peg_csvw_text(w, NULL);
		peg_csvw_text(w, NULL);
	}
	peg_csvw_fix(w, r->rules.pay.area[q->area].param);
	peg_csvw_fix(w, q->convention);
	if (pp->eligible)
		put_scaled(w, pp->points, 12);
	else
		peg_csvw_text(w, NULL);
	if (r->rules.pay.pool[pi].mode == PEG_MODE_BUDGET && pp->eligible) {
		peg_csvw_cents(w, pp->max);
		peg_csvw_cents(w, pp->gross);
	} else {
		peg_csvw_text(w, NULL);
		peg_csvw_text(w, NULL);
	}
	peg_csvw_cents(w, pp->paid);
	peg_csvw_cents(w, pp->redistributed);
	peg_csvw_text(w, NULL); /* maggiorazione: per person */
	peg_csvw_cents(w, pp->paid + pp->redistributed);
	peg_csvw_end(w);
}

static void person_row(struct peg_csvw *w, const struct peg_run *r,
		       size_t h, long pi)
{
	const struct peg_person *pe = &r->staff.person[h];
	peg_csvw_text(w, pi < 0 ? "person_total" : "person");
	peg_csvw_text(w, pe->id);
	peg_csvw_text(w, NULL);
	peg_csvw_text(w, pi < 0 ? "" : r->rules.pay.pool[pi].name);
	peg_csvw_text(w, NULL);
	peg_csvw_text(w, NULL);
	if (pi < 0) {
		peg_csvw_text(w, yesno(r->pay.person_total[h] > 0));
		peg_csvw_text(w, NULL);
	} else {
		const struct peg_ppers *pp = peg_ppers_at(&r->pay, h, (size_t)pi);
		peg_csvw_text(w, yesno(pp->positive));
		peg_csvw_text(w, pp->beneficiary
				     ? (pp->tied ? "art. 69 maggiorazione "
						   "(shared tie)"
						 : "art. 69 maggiorazione")
				     : "");
	}
	for (size_t k = 0; k < r->pay.ncomp; k++)
		peg_csvw_text(w, NULL);
	if (pi >= 0 && peg_ppers_at(&r->pay, h, (size_t)pi)->positive)
		peg_csvw_fix(w, peg_ppers_at(&r->pay, h, (size_t)pi)->score);
	else
		peg_csvw_text(w, NULL);
	for (int k = 0; k < 7; k++) /* factor ... gross */
		peg_csvw_text(w, NULL);
	if (pi < 0) {
		peg_csvw_text(w, NULL);
		peg_csvw_text(w, NULL);
		peg_csvw_text(w, NULL);
		peg_csvw_cents(w, r->pay.person_total[h]);
	} else {
		const struct peg_ppers *pp = peg_ppers_at(&r->pay, h, (size_t)pi);
		peg_cents paid = 0, red = 0;
		for (size_t i = pe->first; i < pe->first + pe->npos; i++) {
			paid += peg_pp_at(&r->pay, i, (size_t)pi)->paid;
			red += peg_pp_at(&r->pay, i, (size_t)pi)->redistributed;
		}
		peg_csvw_cents(w, paid);
		peg_csvw_cents(w, red);
		peg_csvw_cents(w, pp->maggiorazione);
		peg_csvw_cents(w, pp->paid + pp->maggiorazione);
	}
	peg_csvw_end(w);
}

int peg_table_payouts(const struct peg_run *r, struct peg_csvw *w)
{
	static const char *const head1[] = {
		"row_type", "employee_id", "position", "pool", "area", "sector",
		"eligible", "reason", NULL};
	static const char *const head2[] = {
		"score", "factor", "time_factor", "parameter",
		"convention_share", "points", "max_premium", "gross", "paid",
		"redistributed", "maggiorazione", "total", NULL};
	for (size_t k = 0; head1[k]; k++)
		peg_csvw_text(w, head1[k]);
	char name[160];
	for (size_t k = 0; k < r->pay.ncomp; k++) {
		snprintf(name, sizeof(name), "component_%s",
			 peg_pay_component_name(&r->staff, k));
		peg_csvw_text(w, name);
	}
	for (size_t k = 0; head2[k]; k++)
		peg_csvw_text(w, head2[k]);
	peg_csvw_end(w);

	const struct peg_staff *s = &r->staff;
	for (size_t h = 0; h < s->nperson; h++) {
		const struct peg_person *pe = &s->person[h];
		for (size_t pi = 0; pi < r->pay.npool; pi++) {
			for (size_t i = pe->first; i < pe->first + pe->npos; i++)
				position_row(w, r, i, pi);
			person_row(w, r, h, (long)pi);
		}
		person_row(w, r, h, -1);
	}
	return 0;
}

/* ---- transparency.csv ------------------------------------------------- */

struct tline {
	void (*fn)(void *ctx, const struct peg_tr_row *row);
	void *ctx;
	enum peg_group group;
};

static void t_row(struct tline *t, const char *area, const char *measure,
		  enum peg_cell type, const char *value)
{
	struct peg_tr_row row = {
		t->group, t->group == PEG_GROUP_MANAGERS ? "managers" : "staff",
		area, measure, value, type};
	t->fn(t->ctx, &row);
}

static void t_suppressed(struct tline *t, const char *area,
			 const char *measure, long min_cell)
{
	char b[32];
	snprintf(b, sizeof(b), "<%ld", min_cell);
	t_row(t, area, measure, PEG_CELL_TEXT, b);
}

static void t_count(struct tline *t, const char *area, const char *measure,
		    size_t n)
{
	char b[32];
	snprintf(b, sizeof(b), "%zu", n);
	t_row(t, area, measure, PEG_CELL_INTEGER, b);
}

static void transparency_group(const struct peg_run *r, enum peg_group g,
			       struct tline *t)
{
	char b[PEG_NUMBUF];
	long min_cell = r->rules.pay.min_cell;
	peg_cents allocated = 0, distributed = 0, economies = 0;
	size_t npools = 0;
	t->group = g;
	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		const struct peg_pool_res *res = &r->pay.pool[pi];
		if (res->pool->group != g)
			continue;
		npools++;
		allocated += res->amount;
		distributed += res->paid + res->redistributed + res->maggiorazione;
		economies += res->economies;
	}
	if (!npools)
		return;
	size_t n = r->staff.nperson, persons = 0, payees = 0;
	peg_cents *tot = malloc((n ? n : 1) * sizeof(*tot));
	if (!tot)
		return;
	for (size_t h = 0; h < n; h++) {
		int in;
		peg_cents x = peg_person_group_total(r, h, g, &in);
		persons += in;
		if (x > 0)
			tot[payees++] = x;
	}
	qsort(tot, payees, sizeof(*tot), peg_cmp_cents);

	t_row(t, "", "allocated", PEG_CELL_MONEY, peg_cents_str(allocated, b));
	t_row(t, "", "distributed", PEG_CELL_MONEY,
	      peg_cents_str(distributed, b));
	t_row(t, "", "economies", PEG_CELL_MONEY, peg_cents_str(economies, b));
	t_count(t, "", "persons", persons);
	t_count(t, "", "payees", payees);
	if (persons)
		t_row(t, "", "average_achievable", PEG_CELL_MONEY,
		      peg_cents_str(peg_round_div_cents(allocated, persons), b));
	if (payees >= (size_t)min_cell) {
		t_row(t, "", "average_paid", PEG_CELL_MONEY,
		      peg_cents_str(peg_round_div_cents(distributed, payees), b));
		/* bands of the maximum premium paid: >= 90%, 60-90%, < 60% */
		peg_cents top = tot[payees - 1];
		size_t hi = 0, mid = 0, lo = 0;
		for (size_t i = 0; i < payees; i++) {
			__int128 x = (__int128)tot[i] * 100;
			if (x >= (__int128)top * 90)
				hi++;
			else if (x >= (__int128)top * 60)
				mid++;
			else
				lo++;
		}
		const char *names[3] = {"payees_ge_90pct_of_max",
					"payees_60_90pct_of_max",
					"payees_lt_60pct_of_max"};
		size_t cnt[3] = {hi, mid, lo};
		for (int k = 0; k < 3; k++) {
			t_count(t, "", names[k], cnt[k]);
			char m[64];
			snprintf(m, sizeof(m), "%s_percent", names[k]);
			t_row(t, "", m, PEG_CELL_NUMBER,
			      peg_fix_str_dp(peg_fix_div(PEG_FIX(100 * cnt[k]),
							 PEG_FIX(payees)),
					     2, b));
		}
		t_row(t, "", "gini", PEG_CELL_NUMBER,
		      peg_gini_str(tot, payees, b));
	} else {
		t_suppressed(t, "", "average_paid", min_cell);
		t_suppressed(t, "", "gini", min_cell);
	}
	/* by area: persons, payees, distributed, average */
	size_t na = r->rules.pay.narea;
	size_t *ap = calloc(na + 1, sizeof(*ap)),
	       *apay = calloc(na + 1, sizeof(*apay));
	peg_cents *sum = calloc(na + 1, sizeof(*sum));
	unsigned char *hide = calloc(na + 1, 1);
	if (!ap || !apay || !sum || !hide)
		goto out;
	for (size_t h = 0; h < n; h++) {
		int in;
		peg_cents x = peg_person_group_total(r, h, g, &in);
		size_t a = peg_person_area(r, h);
		if (!in || a >= na)
			continue;
		ap[a]++;
		apay[a] += x > 0;
		sum[a] += x;
	}
	/* Areas with too few payees are hidden.  When a single one with
	 * payees is, its amount would be the group's distributed less the
	 * others': the next smallest area is hidden with it. */
	size_t sensitive = 0, spare = na;
	for (size_t a = 0; a < na; a++) {
		hide[a] = apay[a] < (size_t)min_cell;
		sensitive += hide[a] && apay[a] > 0;
		if (!hide[a] && apay[a] &&
		    (spare == na || apay[a] < apay[spare]))
			spare = a;
	}
	if (sensitive == 1 && spare < na)
		hide[spare] = 1;
	for (size_t a = 0; a < na; a++) {
		if (!ap[a])
			continue;
		const char *an = r->rules.pay.area[a].display;
		t_count(t, an, "persons", ap[a]);
		t_count(t, an, "payees", apay[a]);
		if (!hide[a]) {
			t_row(t, an, "distributed", PEG_CELL_MONEY,
			      peg_cents_str(sum[a], b));
			t_row(t, an, "average_paid", PEG_CELL_MONEY,
			      peg_cents_str(peg_round_div_cents(sum[a], apay[a]),
					    b));
		} else {
			t_suppressed(t, an, "distributed", min_cell);
			t_suppressed(t, an, "average_paid", min_cell);
		}
	}
out:
	free(ap);
	free(apay);
	free(sum);
	free(hide);
	free(tot);
}

void peg_transparency_rows(const struct peg_run *r,
			   void (*fn)(void *ctx, const struct peg_tr_row *row),
			   void *ctx)
{
	struct tline t = {fn, ctx, PEG_GROUP_STAFF};
	transparency_group(r, PEG_GROUP_STAFF, &t);
	transparency_group(r, PEG_GROUP_MANAGERS, &t);
}

static void csv_tr_row(void *ctx, const struct peg_tr_row *row)
{
	struct peg_csvw *w = ctx;
	peg_csvw_text(w, row->group_name);
	peg_csvw_text(w, row->area);
	peg_csvw_text(w, row->measure);
	switch (row->type) {
	case PEG_CELL_TEXT:
		peg_csvw_text(w, row->value);
		break;
	case PEG_CELL_MONEY:
		peg_csvw_money(w, row->value);
		break;
	case PEG_CELL_INTEGER:
		peg_csvw_long(w, strtoll(row->value, NULL, 10));
		break;
	default:
		peg_csvw_number(w, row->value);
	}
	peg_csvw_end(w);
}

int peg_table_transparency(const struct peg_run *r, struct peg_csvw *w)
{
	static const char *const head[] = {"group", "area", "measure", "value",
					   NULL};
	peg_csvw_header(w, head);
	peg_transparency_rows(r, csv_tr_row, w);
	return 0;
}

/* ---- trace.csv (pay steps) -------------------------------------------- */

static void trace_position(struct peg_csvw *w, const struct peg_run *r,
			   size_t i, size_t pi, struct peg_buf *in)
{
	const struct peg_pool *pool = &r->rules.pay.pool[pi];
	const struct peg_pool_res *res = &r->pay.pool[pi];
	const struct peg_position *q = &r->staff.pos[i];
	const struct peg_person *pe = &r->staff.person[q->person];
	const struct peg_pp *pp = peg_pp_at(&r->pay, i, pi);
	const char *sec = pool->section;
	const char *basis = pool->basis;
	char id[256], a[PEG_NUMBUF], b[PEG_NUMBUF], c[PEG_NUMBUF],
		e[PEG_NUMBUF];

	snprintf(id, sizeof(id), "%s%s%s", q->employee_id,
		 *q->position ? "/" : "", q->position);
	if (!pp->in_area || !pp->has_score) {
		peg_buf_reset(in);
		peg_buf_printf(in, "area=%s; excluded=%s; days=%ld; min_days=%ld",
			       r->rules.pay.area[q->area].display,
			       yesno(q->excluded),
			       r->staff.person[q->person].total_days,
			       pool->min_days);
		peg_trace_row(w, "employee", id, "eligibility", sec, basis,
			      peg_buf_str(in),
			      pp->reason ? pp->reason : "eligible");
		return;
	}
	/* components and score */
	const struct peg_score_spec *sp = peg_pool_score(pool, q->area);
	peg_buf_reset(in);
	for (size_t t = 0; t < sp->nterm; t++) {
		long k = -1;
		for (size_t j = 0; j < r->pay.ncomp; j++)
			if (strcmp(peg_pay_component_name(&r->staff, j),
				   sp->term[t].component) == 0)
				k = (long)j;
		const struct peg_comp_val *cv =
			k >= 0 ? &r->pay.comp[i * r->pay.ncomp + (size_t)k] : NULL;
		peg_buf_printf(in, "%s%s=%s x %s%%", t ? "; " : "",
			       sp->term[t].component,
			       cv && cv->has ? peg_fix_str(cv->v, a) : "fallback",
			       peg_fix_str(sp->term[t].weight, b));
	}
	peg_trace_row(w, "employee", id, "score", sec, basis, peg_buf_str(in),
		      peg_fix_str(pp->score, a));
	peg_buf_reset(in);
	peg_buf_printf(in, "curve=%s; score=%s",
		       peg_curve_kind_name(pool->curve),
		       peg_fix_str(pp->score, a));
	if (pp->band >= 0)
		peg_buf_printf(in, "; band %s-%s",
			       peg_fix_str(pool->band[pp->band].lo, b),
			       peg_fix_str(pool->band[pp->band].hi, c));
	peg_buf_printf(in, "; threshold=%s", peg_fix_str(pool->threshold, e));
	peg_trace_row(w, "employee", id, "factor", sec, basis, peg_buf_str(in),
		      peg_fix_str(pp->factor, a));
	peg_buf_reset(in);
	peg_buf_printf(in,
		       "part_time=%s%s; days=%ld%s; reducing_own=%s; "
		       "reducing_person=%s of %ld days; days_in_year=%d",
		       peg_fix_str(q->part_time, a),
		       pool->use_part_time ? "" : " (not counted)", q->days,
		       pool->use_days ? "" : " (not counted)",
		       peg_fix_str(q->reducing_own, b),
		       peg_fix_str(pe->reducing_person, c), pe->total_days,
		       r->staff.days_in_year);
	if (!pool->use_absences)
		peg_buf_puts(in, "; absences not counted");
	peg_trace_row(w, "employee", id, "time_factor", sec, BASIS_TIME,
		      peg_buf_str(in), peg_scaled_str(pp->t9, 9, a));
	peg_trace_row(w, "employee", id, "eligibility", sec, basis,
		      pp->reason ? "" : "eligible",
		      pp->reason ? pp->reason : "eligible");
	if (!pp->eligible)
		return;
	peg_buf_reset(in);
	peg_buf_printf(in, "parameter=%s; time=%s; factor=%s; convention=%s",
		       peg_fix_str(r->rules.pay.area[q->area].param, a),
		       peg_scaled_str(pp->t9, 9, b), peg_fix_str(pp->factor, c),
		       peg_fix_str(q->convention, e));
	peg_trace_row(w, "employee", id, "points", sec, basis, peg_buf_str(in),
		      peg_scaled_str(pp->points, 12, a));
	peg_buf_reset(in);
	if (pool->mode == PEG_MODE_SHARE) {
		peg_buf_printf(in, "pool less maggiorazione=%s; points=%s%s",
			       peg_cents_str(res->base, a),
			       peg_scaled_str(pp->points, 12, b),
			       pp->extra_cent ? "; +1 leftover cent" : "");
		peg_trace_row(w, "employee", id, "share", sec, BASIS_CENTS,
			      peg_buf_str(in), peg_cents_str(pp->paid, c));
	} else {
		peg_buf_printf(in, "max=%s; time=%s; factor=%s -> gross=%s; "
				   "convention=%s",
			       peg_cents_str(pp->max, a),
			       peg_scaled_str(pp->t9, 9, b),
			       peg_fix_str(pp->factor, c),
			       peg_cents_str(pp->gross, e),
			       peg_fix_str(q->convention, e));
		peg_trace_row(w, "employee", id, "budget", sec, basis,
			      peg_buf_str(in), peg_cents_str(pp->paid, a));
	}
	if (pp->redistributed) {
		peg_buf_reset(in);
		peg_buf_printf(in, "residual=%s; points=%s%s",
			       peg_residual_name(pool->residual),
			       peg_scaled_str(pp->points, 12, a),
			       pp->redist_cent ? "; +1 leftover cent" : "");
		peg_trace_row(w, "employee", id, "redistribution", sec,
			      BASIS_CENTS, peg_buf_str(in),
			      peg_cents_str(pp->redistributed, b));
	}
}

void peg_trace_pay(const struct peg_run *r, struct peg_csvw *w)
{
	struct peg_buf in = {0};
	char a[PEG_NUMBUF], b[PEG_NUMBUF], c[PEG_NUMBUF], e[PEG_NUMBUF];
	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		const struct peg_pool_res *res = &r->pay.pool[pi];
		const struct peg_pool *pool = res->pool;
		peg_buf_reset(&in);
		peg_buf_printf(&in, "[fund] %s; mode=%s", pool->amount_key,
			       peg_mode_name(pool->mode));
		peg_trace_row(w, "pool", pool->name, "amount", pool->section,
			      pool->basis, peg_buf_str(&in),
			      peg_cents_str(res->amount, a));
		if (pool->has_maggiorazione) {
			peg_buf_reset(&in);
			peg_buf_printf(&in,
				       "N=%zu; ex-ante average=%s/%zu; "
				       "percent=%s; quota=%s -> k=%zu; bonus=%s; "
				       "ties=%s",
				       res->positive, peg_cents_str(res->amount, a),
				       res->positive,
				       peg_fix_str(pool->mag_percent, b),
				       peg_fix_str(pool->mag_quota, c), res->k,
				       peg_cents_str(res->bonus, e),
				       pool->mag_ties == PEG_TIES_SHARE
					       ? "share"
					       : "employee_id");
			peg_trace_row(w, "pool", pool->name, "maggiorazione",
				      pool->section, BASIS_ART69,
				      peg_buf_str(&in),
				      peg_cents_str(res->maggiorazione, a));
		}
	}
	const struct peg_staff *s = &r->staff;
	for (size_t h = 0; h < s->nperson; h++) {
		const struct peg_person *pe = &s->person[h];
		for (size_t pi = 0; pi < r->pay.npool; pi++) {
			for (size_t i = pe->first; i < pe->first + pe->npos; i++)
				trace_position(w, r, i, pi, &in);
			const struct peg_ppers *pp = peg_ppers_at(&r->pay, h, pi);
			if (pp->beneficiary) {
				peg_buf_reset(&in);
				peg_buf_printf(&in, "rank score=%s%s",
					       peg_fix_str(pp->score, a),
					       pp->tied ? "; tied at the boundary: "
							  "remaining slots shared"
							: "");
				peg_trace_row(w, "employee", pe->id,
					      "maggiorazione",
					      r->rules.pay.pool[pi].section,
					      BASIS_ART69, peg_buf_str(&in),
					      peg_cents_str(pp->maggiorazione, b));
			}
		}
		peg_buf_reset(&in);
		peg_buf_puts(&in, "sum over pools");
		peg_trace_row(w, "employee", pe->id, "total", "", "",
			      peg_buf_str(&in),
			      peg_cents_str(r->pay.person_total[h], a));
	}
	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		const struct peg_pool_res *res = &r->pay.pool[pi];
		peg_buf_reset(&in);
		peg_buf_printf(&in, "paid=%s; redistributed=%s; maggiorazione=%s; "
				    "economies=%s",
			       peg_cents_str(res->paid, a),
			       peg_cents_str(res->redistributed, b),
			       peg_cents_str(res->maggiorazione, c),
			       peg_cents_str(res->economies, e));
		peg_trace_row(w, "pool", res->pool->name, "conservation",
			      res->pool->section, BASIS_CENTS, peg_buf_str(&in),
			      peg_cents_str(res->amount, a));
	}
	peg_buf_release(&in);
}

/* ---- summary.txt ------------------------------------------------------ */

void peg_summary_pay(const struct peg_run *r, FILE *fp)
{
	enum peg_lang L = r->lang;
	char a[PEG_NUMBUF];
	peg_cents total = 0;

	fprintf(fp, "\n%s\n  %zu %s, %zu %s\n", peg_msg(L, M_STAFF),
		r->staff.nperson, peg_msg(L, M_EMPLOYEES), r->staff.npos,
		peg_msg(L, M_POSITIONS));
	fprintf(fp, "\n%s\n", peg_msg(L, M_POOLS));
	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		const struct peg_pool_res *res = &r->pay.pool[pi];
		const struct peg_pool *pool = res->pool;
		total += res->paid + res->redistributed + res->maggiorazione;
		fprintf(fp, "  %s %s (%s%s%s)\n", peg_msg(L, M_POOL), pool->name,
			peg_msg(L, peg_mode_msg(pool->mode)),
			*pool->basis ? "; " : "", pool->basis);
		fprintf(fp, "    %-32s %s\n", peg_msg(L, M_AMOUNT),
			peg_fmt_eur(L, res->amount, a));
		fprintf(fp, "    %-32s %zu\n", peg_msg(L, M_ELIGIBLE),
			res->eligible);
		fprintf(fp, "    %-32s %s\n", peg_msg(L, M_PAID),
			peg_fmt_eur(L, res->paid, a));
		if (pool->mode == PEG_MODE_BUDGET)
			fprintf(fp, "    %-32s %s\n", peg_msg(L, M_REDISTRIBUTED),
				peg_fmt_eur(L, res->redistributed, a));
		if (pool->has_maggiorazione)
			fprintf(fp, "    %-32s %s (%s %zu / %s %zu)\n",
				peg_msg(L, M_MAGGIORAZIONE),
				peg_fmt_eur(L, res->maggiorazione, a),
				peg_msg(L, M_BENEFICIARIES), res->k,
				peg_msg(L, M_POSITIVE), res->positive);
		fprintf(fp, "    %-32s %s\n", peg_msg(L, M_ECONOMIES),
			peg_fmt_eur(L, res->economies, a));
		fprintf(fp, "    %-32s %s\n", peg_msg(L, M_CONSERVATION),
			peg_msg(L, M_BALANCED));
	}
	fprintf(fp, "  %s: %s\n", peg_msg(L, M_TOTAL_PAID),
		peg_fmt_eur(L, total, a));

	fprintf(fp, "\n%s\n", peg_msg(L, M_LEGAL_CHECKS));
	for (size_t i = 0; i < r->pay.ncheck; i++) {
		const struct peg_check *c = &r->pay.check[i];
		char text[512];
		fprintf(fp, "  [%s] %s: %s (%s)\n",
			peg_msg(L, peg_check_status_msg(c->status)),
			c->reference, peg_check_text(c, L, text, sizeof(text)),
			peg_msg(L, peg_level_msg(c->level)));
	}
}
