/*
 * report.c - figures and words the reports derive from a computed run
 * (see report.h).  Nothing here writes a file.
 */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum peg_rstatus peg_ind_rstatus(const struct peg_run *r, size_t i)
{
	return peg_result_rstatus(&r->scores.ind[i]);
}

enum peg_rstatus peg_result_rstatus(const struct peg_ind_result *ir)
{
	switch (ir->status) {
	case PEG_VS_NEUTRALIZED:
		return PEG_RS_NEUTRALIZED;
	case PEG_VS_NOT_DUE:
		return PEG_RS_NOT_DUE;
	case PEG_VS_MISSING:
		return PEG_RS_MISSING;
	default:
		break;
	}
	if (ir->score >= PEG_FIX(100))
		return PEG_RS_MET;
	return ir->score > 0 ? PEG_RS_PARTLY : PEG_RS_NOT_MET;
}

enum peg_rstatus peg_obj_rstatus(const struct peg_run *r, size_t k)
{
	const struct peg_obj_result *o = &r->scores.obj[k];
	if (o->status == PEG_OS_NEUTRALIZED)
		return PEG_RS_NEUTRALIZED;
	if (o->status == PEG_OS_NO_INDICATORS)
		return PEG_RS_NONE;
	if (o->achievement >= PEG_FIX(100))
		return PEG_RS_MET;
	return o->achievement > 0 ? PEG_RS_PARTLY : PEG_RS_NOT_MET;
}

enum peg_msg peg_rstatus_msg(enum peg_rstatus s)
{
	static const enum peg_msg m[PEG_RS_COUNT_] = {
		[PEG_RS_MET] = M_ST_MET,
		[PEG_RS_PARTLY] = M_ST_PARTLY,
		[PEG_RS_NOT_MET] = M_ST_NOT_MET,
		[PEG_RS_NEUTRALIZED] = M_ST_NEUTRALIZED,
		[PEG_RS_NOT_DUE] = M_ST_NOT_DUE,
		[PEG_RS_MISSING] = M_ST_MISSING,
		[PEG_RS_NONE] = M_ST_NONE,
	};
	return m[s];
}

enum peg_msg peg_mode_msg(enum peg_mode m)
{
	return m == PEG_MODE_BUDGET ? M_MODE_BUDGET : M_MODE_SHARE;
}

enum peg_msg peg_level_msg(enum peg_level l)
{
	return l == PEG_LEVEL_ERROR	? M_LEVEL_ERROR
	       : l == PEG_LEVEL_WARNING ? M_LEVEL_WARNING
					: M_LEVEL_OFF;
}

enum peg_msg peg_check_status_msg(enum peg_check_status s)
{
	return s == PEG_CHECK_OK     ? M_CHECK_OK
	       : s == PEG_CHECK_FAIL ? M_CHECK_FAIL
				     : M_CHECK_NA;
}

enum peg_msg peg_kind_msg(enum peg_kind k)
{
	/* no size given: a kind added at the end without its words makes
	 * the table shorter and the assertion below fails (a kind left out
	 * in the middle is caught by test_report.c, test_kind_words) */
	static const enum peg_msg m[] = {
		[PEG_KIND_PERCENT] = M_KIND_PERCENT,
		[PEG_KIND_COUNT] = M_KIND_COUNT,
		[PEG_KIND_MIN] = M_KIND_MIN,
		[PEG_KIND_MAX] = M_KIND_MAX,
		[PEG_KIND_DEADLINE] = M_KIND_DEADLINE,
		[PEG_KIND_BOOLEAN] = M_KIND_BOOLEAN,
		[PEG_KIND_PP_INCREMENT] = M_KIND_PP_INCREMENT,
		[PEG_KIND_RELATIVE_CHANGE] = M_KIND_RELATIVE_CHANGE,
		[PEG_KIND_QUALITATIVE] = M_KIND_QUALITATIVE,
		[PEG_KIND_PHASES] = M_KIND_PHASES,
	};
	_Static_assert(PEG_COUNT(m) == PEG_KIND_COUNT_,
		       "every indicator kind needs its words");
	return m[k];
}

/* ---- multi-year objectives ------------------------------------------ */

enum peg_my_pending peg_my_ind_pending(const struct peg_run *r,
				       const struct peg_my_year *yr,
				       const struct peg_my_ind *mi)
{
	if (mi->verified || yr->year == r->rf.year)
		return PEG_MYP_NONE;
	return yr->year > r->rf.year ? PEG_MYP_NOT_YET_DUE
				     : PEG_MYP_NOT_VERIFIED;
}

int peg_my_ind_scored(const struct peg_run *r, const struct peg_my_year *yr,
		      const struct peg_my_ind *mi)
{
	return mi->has_result && mi->res.counted &&
	       peg_my_ind_pending(r, yr, mi) == PEG_MYP_NONE;
}

/* ---- people and their premiums ---------------------------------------- */

peg_cents peg_person_group_total(const struct peg_run *r, size_t h,
				 enum peg_group g, int *in)
{
	const struct peg_person *pe = &r->staff.person[h];
	peg_cents t = 0;
	*in = 0;
	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		if (r->rules.pay.pool[pi].group != g)
			continue;
		const struct peg_ppers *pp = peg_ppers_at(&r->pay, h, pi);
		t += pp->paid + pp->maggiorazione;
		for (size_t i = pe->first; i < pe->first + pe->npos; i++)
			*in |= peg_pp_at(&r->pay, i, pi)->in_area;
	}
	return t;
}

size_t peg_person_area(const struct peg_run *r, size_t h)
{
	const struct peg_person *pe = &r->staff.person[h];
	size_t best = pe->first;
	for (size_t i = pe->first; i < pe->first + pe->npos; i++)
		if (r->staff.pos[i].days > r->staff.pos[best].days)
			best = i;
	return r->staff.pos[best].area;
}

int peg_cmp_cents(const void *a, const void *b)
{
	peg_cents x = *(const peg_cents *)a, y = *(const peg_cents *)b;
	return (x > y) - (x < y);
}

double peg_gini(const peg_cents *x, size_t n)
{
	double num = 0, sum = 0;
	for (size_t i = 0; i < n; i++) {
		num += (2.0 * (double)(i + 1) - (double)n - 1.0) * (double)x[i];
		sum += (double)x[i];
	}
	return n && sum > 0 ? num / ((double)n * sum) : 0;
}

char *peg_gini_str(const peg_cents *sorted, size_t n, char *buf)
{
	snprintf(buf, PEG_NUMBUF, "%.4f", peg_gini(sorted, n));
	return buf;
}

int peg_group_has_pools(const struct peg_run *r, enum peg_group g)
{
	for (size_t pi = 0; pi < r->pay.npool; pi++)
		if (r->rules.pay.pool[pi].group == g)
			return 1;
	return 0;
}

peg_cents *peg_group_totals(const struct peg_run *r, enum peg_group g,
			    size_t *n, int *oom)
{
	size_t np = r->staff.nperson, k = 0;
	*n = 0;
	*oom = 0;
	if (!np)
		return NULL;
	peg_cents *t = malloc(np * sizeof(*t));
	if (!t) {
		*oom = 1;
		return NULL;
	}
	for (size_t h = 0; h < np; h++) {
		int in;
		peg_cents x = peg_person_group_total(r, h, g, &in);
		if (x > 0)
			t[k++] = x;
	}
	if (!k) {
		free(t);
		return NULL;
	}
	qsort(t, k, sizeof(*t), peg_cmp_cents);
	*n = k;
	return t;
}

/* ---- histogram -------------------------------------------------------- */

/* The smallest round step (1, 2, 2.5, 5 x 10^k euros) that puts max in
 * at most max_bins classes [i step, (i+1) step). */
static peg_cents round_step(peg_cents max, size_t max_bins)
{
	static const peg_cents mant[] = {100, 200, 250, 500};
	for (peg_cents p = 1; p <= INT64_C(100000000000000); p *= 10)
		for (size_t m = 0; m < PEG_COUNT(mant); m++) {
			peg_cents step = mant[m] * p;
			if ((size_t)(max / step) + 1 <= max_bins)
				return step;
		}
	return max + 1;
}

int peg_hist_build(struct peg_hist *h, const struct peg_run *r,
		   enum peg_group g, size_t max_bins)
{
	peg_cents max = 0;
	int in;
	memset(h, 0, sizeof(*h));
	h->narea = r->rules.pay.narea;
	for (size_t p = 0; p < r->staff.nperson; p++) {
		peg_cents x = peg_person_group_total(r, p, g, &in);
		if (x > max)
			max = x;
	}
	h->step = round_step(max, max_bins ? max_bins : 1);
	h->nbin = (size_t)(max / h->step) + 1;
	h->count =
		calloc(h->nbin * (h->narea ? h->narea : 1), sizeof(*h->count));
	if (!h->count)
		return -1;
	for (size_t p = 0; p < r->staff.nperson; p++) {
		peg_cents x = peg_person_group_total(r, p, g, &in);
		if (!in)
			continue;
		if (x <= 0) {
			h->unpaid++;
			continue;
		}
		h->paid++;
		size_t bin = (size_t)(x / h->step);
		h->count[bin * h->narea + peg_person_area(r, p)]++;
	}
	return 0;
}

void peg_hist_release(struct peg_hist *h)
{
	free(h->count);
	memset(h, 0, sizeof(*h));
}

/* ---- HTML ------------------------------------------------------------- */

void peg_html_esc(FILE *fp, const char *s)
{
	if (!s)
		return;
	for (; *s; s++)
		switch (*s) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&#39;", fp);
			break;
		default:
			fputc(*s, fp);
		}
}
