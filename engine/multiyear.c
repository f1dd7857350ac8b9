/*
 * multiyear.c - the progress of multi-year objectives over their years
 * (see multiyear.h).
 *
 * Owns the rows it returns.  Every other year that has verification rows
 * for a multi-year objective is scored once, for the whole plan, with
 * the same scoring code as the run (so a year reads the same here as in
 * that year's own run, rules being equal), and only the multi-year
 * objectives' results are kept.
 */
#include "multiyear.h"
#include "doctext.h"
#include "sched.h"

#include <stdlib.h>
#include <string.h>

const char *peg_my_status_name(enum peg_my_status s)
{
	static const char *const names[PEG_MY_COUNT_] = {
		"scored",      "neutralized", "partial",
		"not_verified", "not_yet_due", "no_indicators"};
	return (unsigned)s < PEG_MY_COUNT_ ? names[s] : "?";
}

int peg_objective_multiyear(const struct peg_objective *o)
{
	char k[256];
	peg_fold_buf(o->duration ? o->duration : "", k, sizeof(k));
	return strstr(k, "pluriennal") || strstr(k, "biennal") ||
	       strstr(k, "triennal");
}

/* Inserts y into the sorted set ys[0..*n). */
static void add_year(int *ys, size_t *n, int y)
{
	size_t i = 0;
	while (i < *n && ys[i] < y)
		i++;
	if (i < *n && ys[i] == y)
		return;
	memmove(ys + i + 1, ys + i, (*n - i) * sizeof(*ys));
	ys[i] = y;
	(*n)++;
}

/* A result that comes from a verification, not from its absence. */
static int verified(const struct peg_indicator *in,
		    const struct peg_ind_result *r)
{
	if (r->status == PEG_VS_MISSING)
		return 0;
	if (in->kind == PEG_KIND_PHASES && r->phases && r->ph_missing)
		return 0;
	return 1;
}

/* 1 when the files verify something of objective k for year y. */
static int has_rows(const struct peg_plan *p, const struct peg_verifs *v,
		    const struct peg_phases *ps,
		    const struct peg_phase_verifs *pv, size_t k, int y)
{
	for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1]; j++) {
		size_t i = p->by_obj[j];
		if (p->ind[i].year == y && v->by_indicator[i] >= 0)
			return 1;
	}
	for (size_t j = ps->by_obj_start[k]; j < ps->by_obj_start[k + 1]; j++)
		if (peg_phase_verif_find(pv, ps->by_obj[j], y))
			return 1;
	return 0;
}

/* Scores the whole plan for year y, into *s. */
static int score_year(struct peg_scores *s, const struct peg_plan *p,
		      const struct peg_verifs *v, const struct peg_phases *ps,
		      const struct peg_phase_verifs *pv,
		      const struct peg_rules *r, int y, struct peg_diag *d)
{
	struct peg_sched sc;
	struct peg_rules rr = *r; /* a shallow copy, read only */
	rr.missing = PEG_MISSING_ZERO;
	rr.unknown_incentivized = PEG_UNKNOWN_NO;
	if (peg_sched_eval(&sc, ps, pv, &r->kind[PEG_KIND_PHASES], y,
			   peg_date_from_ymd(y, 12, 31), 1)) {
		peg_sched_release(&sc);
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	}
	int rc = peg_score_plan_sched(s, p, v, &sc, &rr, y, NULL, d);
	peg_sched_release(&sc);
	return rc;
}

/* The status of a year other than the run's. */
static enum peg_my_status other_status(const struct peg_my_year *yr,
				       const struct peg_scores *s, int year)
{
	if (!s || !yr->verified)
		return yr->year > year ? PEG_MY_NOT_YET_DUE
				       : PEG_MY_NOT_VERIFIED;
	if (yr->verified < yr->indicators)
		return PEG_MY_PARTIAL;
	return s->obj[yr->obj].status == PEG_OS_SCORED ? PEG_MY_SCORED
						       : PEG_MY_NEUTRALIZED;
}

int peg_multiyear_compute(struct peg_multiyear *m, const struct peg_plan *p,
			  const struct peg_verifs *v,
			  const struct peg_phases *ps,
			  const struct peg_phase_verifs *pv,
			  const struct peg_rules *r,
			  const struct peg_scores *run, int year,
			  struct peg_diag *d)
{
	memset(m, 0, sizeof(*m));
	int *ys = malloc((p->nind + 1) * sizeof(*ys));
	char *multi = calloc(p->nobj ? p->nobj : 1, 1);
	size_t ny = 0, rows = 0;
	if (!ys || !multi) {
		free(ys);
		free(multi);
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	}
	add_year(ys, &ny, year);
	for (size_t k = 0; k < p->nobj; k++) {
		if (!(multi[k] = (char)peg_objective_multiyear(&p->obj[k])))
			continue;
		m->objectives++;
		rows += p->by_obj_start[k + 1] - p->by_obj_start[k];
		for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1];
		     j++)
			add_year(ys, &ny, p->ind[p->by_obj[j]].year);
	}
	struct peg_scores *other = calloc(ny, sizeof(*other));
	char *scored = calloc(ny, 1);
	m->yr = calloc(m->objectives * ny + 1, sizeof(*m->yr));
	m->ind = calloc(rows + 1, sizeof(*m->ind));
	int rc = -1;
	if (!other || !scored || !m->yr || !m->ind) {
		peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
		goto out;
	}
	for (size_t yi = 0; m->objectives && yi < ny; yi++) {
		if (ys[yi] == year)
			continue;
		int any = 0;
		for (size_t k = 0; k < p->nobj && !any; k++)
			any = multi[k] && has_rows(p, v, ps, pv, k, ys[yi]);
		if (!any)
			continue;
		if (score_year(&other[yi], p, v, ps, pv, r, ys[yi], d)) {
			peg_scores_release(&other[yi]);
			goto out;
		}
		scored[yi] = 1;
	}
	for (size_t k = 0; k < p->nobj; k++) {
		if (!multi[k])
			continue;
		for (size_t yi = 0; yi < ny; yi++) {
			struct peg_my_year *yr = &m->yr[m->nyr++];
			const struct peg_scores *s =
				ys[yi] == year ? run
					       : scored[yi] ? &other[yi] : NULL;
			yr->obj = k;
			yr->year = ys[yi];
			yr->first = m->nind;
			for (size_t j = p->by_obj_start[k];
			     j < p->by_obj_start[k + 1]; j++) {
				size_t i = p->by_obj[j];
				if (p->ind[i].year != ys[yi])
					continue;
				struct peg_my_ind *mi = &m->ind[m->nind++];
				mi->ind = i;
				if (s) {
					mi->has_result = 1;
					mi->res = s->ind[i];
					mi->verified = verified(&p->ind[i],
								&mi->res);
				}
				yr->indicators++;
				yr->verified += (size_t)mi->verified;
			}
			yr->count = m->nind - yr->first;
			if (!yr->indicators)
				yr->status = PEG_MY_NO_INDICATORS;
			else if (ys[yi] != year)
				yr->status = other_status(yr, s, year);
			else
				yr->status = run->obj[k].status == PEG_OS_SCORED
						     ? PEG_MY_SCORED
						     : PEG_MY_NEUTRALIZED;
			if (yr->status == PEG_MY_SCORED)
				yr->achievement = s->obj[k].achievement;
		}
	}
	rc = 0;
out:
	for (size_t yi = 0; other && yi < ny; yi++)
		if (scored && scored[yi])
			peg_scores_release(&other[yi]);
	free(other);
	free(scored);
	free(ys);
	free(multi);
	return rc;
}

void peg_multiyear_release(struct peg_multiyear *m)
{
	free(m->yr);
	free(m->ind);
	memset(m, 0, sizeof(*m));
}
