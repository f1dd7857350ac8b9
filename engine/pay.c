/*
 * pay.c - components, eligibility, time factor, curve and points of every
 * position in every pool, then the pool's money (see pay.h).
 *
 * The order of SPEC 3: components -> pool score -> factor -> eligibility
 * -> time factor and parameter -> points; then per pool the art. 69
 * carve-out, the share or budget distribution, the residual policy and
 * the conservation check.  Every amount is integer cents; every division
 * of money is exact (128-bit) with one rounding at the documented step.
 */
#include "pay.h"
#include "cents.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")
#define P100 PEG_FIX(100)

const char *peg_pay_component_name(const struct peg_staff *s, size_t c)
{
	switch (c) {
	case PEG_C_ENTE:
		return PEG_COMPONENT_ENTE;
	case PEG_C_SECTOR:
		return PEG_COMPONENT_SECTOR;
	case PEG_C_OBJECTIVES:
		return PEG_COMPONENT_OBJECTIVES;
	default:
		return s->component[c - PEG_C_EVAL];
	}
}

static long component_index(const struct peg_staff *s, const char *name)
{
	if (strcmp(name, PEG_COMPONENT_ENTE) == 0)
		return PEG_C_ENTE;
	if (strcmp(name, PEG_COMPONENT_SECTOR) == 0)
		return PEG_C_SECTOR;
	if (strcmp(name, PEG_COMPONENT_OBJECTIVES) == 0)
		return PEG_C_OBJECTIVES;
	long k = peg_staff_component(s, name);
	return k < 0 ? -1 : PEG_C_EVAL + k;
}

/* ---- components ------------------------------------------------------- */

static long sector_index(const struct peg_scores *sc, const char *name)
{
	for (size_t k = 0; k < sc->nsec; k++)
		if (strcmp(sc->sec[k].name, name) == 0)
			return (long)k;
	return -1;
}

static void components(struct peg_pay *pay, const struct peg_staff *s,
		       const struct peg_scores *sc)
{
	for (size_t i = 0; i < s->npos; i++) {
		const struct peg_position *q = &s->pos[i];
		const struct peg_person *pe = &s->person[q->person];
		struct peg_comp_val *c = &pay->comp[i * pay->ncomp];

		c[PEG_C_ENTE].has = (unsigned char)sc->ente.has_pay;
		c[PEG_C_ENTE].v = sc->ente.pay_ach;
		long k = sector_index(sc, q->sector);
		if (k >= 0 && sc->sec[k].has_pay) {
			c[PEG_C_SECTOR].has = 1;
			c[PEG_C_SECTOR].v = sc->sec[k].pay_ach;
		}
		/* assigned objectives that are scored and count for pay */
		__int128 num = 0, den = 0;
		for (size_t a = 0; a < pe->nasg; a++) {
			const struct peg_obj_result *o =
				&sc->obj[pe->asg[a].objective];
			if (o->status != PEG_OS_SCORED || !o->pay)
				continue;
			num += (__int128)o->achievement * pe->asg[a].weight;
			den += pe->asg[a].weight;
		}
		if (den > 0) {
			c[PEG_C_OBJECTIVES].has = 1;
			c[PEG_C_OBJECTIVES].v = (peg_fix)peg_div_round(num, den);
		}
		/* evaluations: the position's own, else the person's */
		for (size_t e = 0; e < pe->neval; e++) {
			const struct peg_evaluation *ev = &pe->eval[e];
			struct peg_comp_val *cv = &c[PEG_C_EVAL + ev->component];
			if (ev->position == (long)i ||
			    (ev->position < 0 && !cv->has)) {
				cv->has = 1;
				cv->v = ev->score;
			}
		}
	}
}

/* The value of a term for position i, through the pool's fallbacks. */
static int term_value(const struct peg_pay *pay, const struct peg_staff *s,
		      const struct peg_pool *pool, size_t i, const char *name,
		      peg_fix *v, const char **used)
{
	const struct peg_comp_val *c = &pay->comp[i * pay->ncomp];
	for (int hop = 0; hop < 4; hop++) {
		long k = component_index(s, name);
		if (k >= 0 && c[k].has) {
			*v = c[k].v;
			*used = name;
			return 0;
		}
		const char *next = NULL;
		for (size_t f = 0; f < pool->nfallback; f++)
			if (strcmp(pool->fallback[f].from, name) == 0)
				next = pool->fallback[f].to;
		if (!next)
			return -1;
		name = next;
	}
	return -1;
}

/* ---- checks of the rules against the data ----------------------------- */

static int check_pool_refs(const struct peg_pool *pool,
			   const struct peg_staff *s, const char *rules_path,
			   struct peg_diag *d)
{
	int bad = 0;
	const struct peg_score_spec *specs[64];
	size_t n = 0;
	specs[n++] = &pool->score;
	for (size_t k = 0; k < pool->nscore_area && n < 64; k++)
		specs[n++] = &pool->score_area[k];
	for (size_t k = 0; k < n; k++)
		for (size_t t = 0; t < specs[k]->nterm; t++) {
			const char *c = specs[k]->term[t].component;
			if (component_index(s, c) >= 0)
				continue;
			peg_fail(d, PEG_ERULES, rules_path, specs[k]->line,
				 "[%s] score names component '%s', which is "
				 "neither ente, sector, objectives nor a "
				 "component of evaluations.csv",
				 pool->section, c);
			bad = 1;
		}
	for (size_t f = 0; f < pool->nfallback; f++)
		if (component_index(s, pool->fallback[f].to) < 0) {
			peg_fail(d, PEG_ERULES, rules_path, pool->line,
				 "[%s] fallback names component '%s', which is "
				 "neither ente, sector, objectives nor a "
				 "component of evaluations.csv",
				 pool->section, pool->fallback[f].to);
			bad = 1;
		}
	return bad ? -1 : 0;
}

/* ---- per position ----------------------------------------------------- */

/*
 * The time factor, exactly then rounded once to 1e-9:
 *   t = PT/100 x (D - own - person x days/total) / days_in_year
 * with PT the part time (or 100), D the days in service (or the whole
 * year), own/person the reducing absences of the position and of the
 * person (shared in proportion to days), each switchable per pool.
 */
static int64_t time_factor(const struct peg_position *q,
			   const struct peg_person *pe,
			   const struct peg_pool *pool, int diy)
{
	__int128 pt = pool->use_part_time ? q->part_time : P100;
	__int128 days = pool->use_days ? q->days : diy;
	__int128 total = pe->total_days > 0 ? pe->total_days : 1;
	__int128 own = pool->use_absences ? q->reducing_own : 0;
	__int128 per = pool->use_absences ? pe->reducing_person : 0;
	/* D x total, in millionths of a day */
	__int128 dnum = (days * PEG_FIX_ONE - own) * total - per * q->days;
	if (dnum <= 0)
		return 0;
	return (int64_t)peg_div_round(pt * dnum * PEG_T_ONE,
				      (__int128)P100 * PEG_FIX_ONE * total * diy);
}

static peg_fix curve_factor(const struct peg_pool *pool, peg_fix score,
			    long *band)
{
	*band = -1;
	switch (pool->curve) {
	case PEG_CURVE_BANDS:
		return peg_pool_band(pool, score, band);
	case PEG_CURVE_POINTS:
		return peg_curve_eval(&pool->points, score);
	default:
		if (pool->mode == PEG_MODE_BUDGET && score > P100)
			return P100; /* a share of the maximum premium */
		return score;
	}
}

/* Score, factor, eligibility, time factor and points of position i. */
static int position_in_pool(struct peg_pay *pay, const struct peg_staff *s,
			    const struct peg_rules *r, size_t pi, size_t i,
			    struct peg_buf *missing, size_t *nmissing,
			    const char **first_missing)
{
	const struct peg_pool *pool = &r->pay.pool[pi];
	const struct peg_position *q = &s->pos[i];
	const struct peg_person *pe = &s->person[q->person];
	struct peg_pp *pp = peg_pp_at(pay, i, pi);

	pp->band = -1;
	pp->in_area = (unsigned char)peg_pool_has_area(pool, q->area);
	if (!pp->in_area) {
		pp->reason = "area not in the pool";
		return 0;
	}
	if (q->excluded) {
		pp->reason = "excluded";
		return 0;
	}
	if (q->days < pool->min_days) {
		pp->reason = "days in service below min_days";
		return 0;
	}
	const struct peg_score_spec *sp = peg_pool_score(pool, q->area);
	__int128 num = 0;
	for (size_t t = 0; t < sp->nterm; t++) {
		peg_fix v;
		const char *used;
		if (term_value(pay, s, pool, i, sp->term[t].component, &v,
			       &used)) {
			/* positions are grouped by person: name each once */
			int again = i > pe->first &&
				    peg_pp_at(pay, i - 1, pi)->reason &&
				    strcmp(peg_pp_at(pay, i - 1, pi)->reason,
					   "missing component") == 0;
			pp->reason = "missing component";
			if (again)
				return 0;
			if (*nmissing < 10)
				peg_buf_printf(missing, "%s'%s' (%s)",
					       *nmissing ? ", " : "", pe->id,
					       sp->term[t].component);
			if (!*nmissing)
				*first_missing = sp->term[t].component;
			(*nmissing)++;
			return 0;
		}
		num += (__int128)v * sp->term[t].weight;
	}
	pp->has_score = 1;
	pp->score = (peg_fix)peg_div_round(num, P100);
	pp->factor = curve_factor(pool, pp->score, &pp->band);
	pp->t9 = time_factor(q, pe, pool, s->days_in_year);
	if (pp->score < pool->threshold) {
		pp->reason = "score below threshold";
		return 0;
	}
	if (pp->factor <= 0) {
		pp->factor = 0;
		pp->reason = "below the first paying band (factor 0)";
		return 0;
	}
	if (pp->t9 <= 0) {
		pp->reason = "time factor 0";
		return 0;
	}
	pp->eligible = 1;
	/* p = c x t x factor/100 x convention/100, held to 1e-12:
	 * c (1e-6) t (1e-9) factor (1e-6 %) convention (1e-6 %) is 1e-31 */
	__int128 prod = (__int128)r->pay.area[q->area].param * pp->t9 *
			pp->factor * q->convention;
	pp->points = (int64_t)peg_div_round(
		prod, (__int128)10000000000000000000ULL /* 1e19 */);
	if (pp->points <= 0) {
		pp->eligible = 0;
		pp->reason = "points round to 0";
	}
	return 0;
}

/* ---- art. 69 ---------------------------------------------------------- */

struct rank {
	size_t person;
	peg_fix score;
};

static int cmp_rank(const void *a, const void *b)
{
	const struct rank *x = a, *y = b;
	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;      /* higher first */
	return (x->person > y->person) - (x->person < y->person); /* id */
}

/*
 * The maggiorazione (CCNL 21.5.2018 art. 69): N positively evaluated
 * persons, ex-ante average amount/N, k = floor(quota% x N) beneficiaries
 * by score, each receiving round2(percent% x amount/N); ties at the
 * boundary share the remaining slots' money (ties = share) or are broken
 * by employee_id.  Returns the total carved out, or -1 on error.
 */
static peg_cents maggiorazione(struct peg_pay *pay, const struct peg_staff *s,
			       const struct peg_rules *r, size_t pi,
			       struct peg_diag *d)
{
	const struct peg_pool *pool = &r->pay.pool[pi];
	struct peg_pool_res *res = &pay->pool[pi];
	struct rank *rk = malloc((s->nperson ? s->nperson : 1) * sizeof(*rk));
	if (!rk)
		return OOM(d);
	size_t n = 0;
	for (size_t h = 0; h < s->nperson; h++) {
		struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
		if (pp->positive)
			rk[n++] = (struct rank){h, pp->score};
	}
	res->positive = n;
	if (n == 0) {
		free(rk);
		return 0;
	}
	res->k = (size_t)peg_div_floor((__int128)pool->mag_quota * n,
				       (__int128)P100);
	res->bonus = peg_round_cents((__int128)res->amount * pool->mag_percent,
				     (__int128)P100 * n);
	res->min_bonus = res->k ? res->bonus : 0;
	if (res->k == 0) {
		free(rk);
		return 0;
	}
	qsort(rk, n, sizeof(*rk), cmp_rank);
	peg_fix boundary = rk[res->k - 1].score;
	size_t above = 0, tied = 0;
	for (size_t j = 0; j < n; j++) {
		if (rk[j].score > boundary)
			above++;
		else if (rk[j].score == boundary)
			tied++;
	}
	peg_cents carve = (peg_cents)res->k * res->bonus;
	if (pool->mag_ties == PEG_TIES_EMPLOYEE_ID || tied == res->k - above) {
		for (size_t j = 0; j < res->k; j++) {
			struct peg_ppers *pp = peg_ppers_at(pay, rk[j].person, pi);
			pp->beneficiary = 1;
			pp->maggiorazione = res->bonus;
		}
	} else {
		/* Above the boundary: a full bonus each; the tied share the
		 * remaining (k - above) bonuses equally, cents by largest
		 * remainder in employee_id order. */
		for (size_t j = 0; j < above; j++) {
			struct peg_ppers *pp = peg_ppers_at(pay, rk[j].person, pi);
			pp->beneficiary = 1;
			pp->maggiorazione = res->bonus;
		}
		int64_t *w = malloc(tied * sizeof(*w));
		peg_cents *out = malloc(tied * sizeof(*out));
		if (!w || !out) {
			free(w);
			free(out);
			free(rk);
			return OOM(d);
		}
		for (size_t j = 0; j < tied; j++)
			w[j] = 1;
		peg_split_cents((peg_cents)(res->k - above) * res->bonus, w, tied,
				out, NULL);
		res->min_bonus = res->bonus;
		for (size_t j = 0; j < tied; j++) {
			struct peg_ppers *pp =
				peg_ppers_at(pay, rk[above + j].person, pi);
			pp->beneficiary = 1;
			pp->tied = 1;
			pp->maggiorazione = out[j];
			if (out[j] < res->min_bonus)
				res->min_bonus = out[j];
		}
		res->tied = tied;
		free(w);
		free(out);
	}
	free(rk);
	if (carve > res->amount)
		return peg_fail(d, PEG_ERULES, r->path, pool->line,
				"[%s] the art. 69 maggiorazione (%zu x %lld "
				"cents) exceeds the pool",
				pool->section, res->k, (long long)res->bonus);
	return carve;
}

/* ---- money of one pool ------------------------------------------------ */

/* Splits `amount` by points among the eligible positions of pool pi for
 * which keep(i) holds; adds into paid or redistributed. */
static int split_points(struct peg_pay *pay, size_t pi, peg_cents amount,
			int redistribute, const struct peg_staff *s,
			const char *sector, struct peg_diag *d)
{
	size_t n = 0;
	for (size_t i = 0; i < pay->npos; i++)
		n += peg_pp_at(pay, i, pi)->eligible &&
		     (!sector || strcmp(s->pos[i].sector, sector) == 0);
	if (n == 0 || amount == 0)
		return 0;
	int64_t *w = malloc(n * sizeof(*w));
	size_t *ix = malloc(n * sizeof(*ix));
	peg_cents *out = malloc(n * sizeof(*out));
	unsigned char *extra = malloc(n);
	if (!w || !ix || !out || !extra) {
		free(w);
		free(ix);
		free(out);
		free(extra);
		return OOM(d);
	}
	size_t k = 0;
	for (size_t i = 0; i < pay->npos; i++) {
		struct peg_pp *pp = peg_pp_at(pay, i, pi);
		if (!pp->eligible ||
		    (sector && strcmp(s->pos[i].sector, sector) != 0))
			continue;
		w[k] = pp->points;
		ix[k++] = i;
	}
	int rc = peg_split_cents(amount, w, n, out, extra);
	for (size_t j = 0; rc == 0 && j < n; j++) {
		struct peg_pp *pp = peg_pp_at(pay, ix[j], pi);
		if (redistribute) {
			pp->redistributed += out[j];
			pp->redist_cent = extra[j];
		} else {
			pp->paid += out[j];
			pp->extra_cent = extra[j];
		}
	}
	free(w);
	free(ix);
	free(out);
	free(extra);
	return rc ? peg_fail(d, PEG_EINTERNAL, NULL, 0,
			     "cannot split %lld cents", (long long)amount)
		  : 0;
}

/* Budget mode: maximum premiums, gross, paid (SPEC 3.4). */
static int budget(struct peg_pay *pay, const struct peg_staff *s,
		  const struct peg_rules *r, size_t pi, struct peg_diag *d)
{
	const struct peg_pool *pool = &r->pay.pool[pi];
	struct peg_pool_res *res = &pay->pool[pi];
	__int128 sum_ct = 0;
	for (size_t i = 0; i < pay->npos; i++) {
		struct peg_pp *pp = peg_pp_at(pay, i, pi);
		if (pp->eligible)
			sum_ct += (__int128)r->pay.area[s->pos[i].area].param *
				  pp->t9;
	}
	res->sum_ct = sum_ct;
	peg_cents total = 0;
	for (size_t i = 0; i < pay->npos; i++) {
		struct peg_pp *pp = peg_pp_at(pay, i, pi);
		const struct peg_position *q = &s->pos[i];
		if (!pp->eligible)
			continue;
		if (pool->max == PEG_MAX_BASE_AMOUNT) {
			if (!q->has_base)
				return peg_fail(d, PEG_EDATA, s->staff_path, q->line,
						"employee '%s': [%s] takes the "
						"maximum premium from "
						"base_amount, which is empty",
						q->employee_id, pool->section);
			pp->max = q->base_amount;
		} else {
			/* unit x c = base x c / Σ(c·t) */
			pp->max = peg_round_cents(
				(__int128)res->base *
					r->pay.area[q->area].param * PEG_T_ONE,
				sum_ct);
		}
		pp->budget_t = peg_round_cents((__int128)pp->max * pp->t9,
					       PEG_T_ONE);
		pp->gross = peg_round_cents(
			(__int128)pp->max * pp->t9 * pp->factor,
			(__int128)PEG_T_ONE * P100);
		pp->paid = peg_round_cents((__int128)pp->gross * q->convention,
					   (__int128)P100);
		total += pp->paid;
	}
	if (total > res->base) {
		char a[PEG_NUMBUF], b[PEG_NUMBUF];
		return peg_fail(d, PEG_EDATA, s->staff_path, 0,
				"[%s]: the premiums (%s) exceed the pool less "
				"the maggiorazione (%s)",
				pool->section, peg_cents_str(total, a),
				peg_cents_str(res->base, b));
	}
	peg_cents economy = res->base - total;
	switch (pool->residual) {
	case PEG_RES_REDISTRIBUTE:
		return split_points(pay, pi, economy, 1, s, NULL, d);
	case PEG_RES_REDISTRIBUTE_SECTOR: {
		/* Each settore's economy: Σ round2(max·t) - paid over its
		 * eligible positions; shared within the settore. */
		size_t nsec = 0;
		const char **sec = malloc((s->npos ? s->npos : 1) * sizeof(*sec));
		int64_t *e = malloc((s->npos ? s->npos : 1) * sizeof(*e));
		if (!sec || !e) {
			free(sec);
			free(e);
			return OOM(d);
		}
		for (size_t i = 0; i < pay->npos; i++) {
			struct peg_pp *pp = peg_pp_at(pay, i, pi);
			if (!pp->eligible)
				continue;
			size_t k = 0;
			while (k < nsec && strcmp(sec[k], s->pos[i].sector) != 0)
				k++;
			if (k == nsec) {
				sec[nsec] = s->pos[i].sector;
				e[nsec++] = 0;
			}
			e[k] += pp->budget_t - pp->paid;
		}
		__int128 se = 0;
		for (size_t k = 0; k < nsec; k++)
			se += e[k];
		int rc = 0;
		if (se > economy) {
			/* rounding of max·t over many positions: share the
			 * pool's economy among settori in proportion */
			peg_cents *out = malloc(nsec * sizeof(*out));
			rc = !out || peg_split_cents(economy, e, nsec, out, NULL);
			for (size_t k = 0; !rc && k < nsec; k++)
				e[k] = out[k];
			free(out);
		}
		for (size_t k = 0; !rc && k < nsec; k++)
			rc = split_points(pay, pi, e[k], 1, s, sec[k], d);
		free(sec);
		free(e);
		return rc ? -1 : 0;
	}
	default:
		return 0;
	}
}

static int pool_money(struct peg_pay *pay, const struct peg_staff *s,
		      const struct peg_rules *r, size_t pi, struct peg_diag *d)
{
	const struct peg_pool *pool = &r->pay.pool[pi];
	struct peg_pool_res *res = &pay->pool[pi];

	/* persons: positive (eligible somewhere), days-weighted score */
	for (size_t h = 0; h < s->nperson; h++) {
		const struct peg_person *pe = &s->person[h];
		struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
		__int128 num = 0, den = 0, plain = 0;
		size_t n = 0;
		for (size_t i = pe->first; i < pe->first + pe->npos; i++) {
			struct peg_pp *q = peg_pp_at(pay, i, pi);
			if (!q->eligible)
				continue;
			num += (__int128)q->score * s->pos[i].days;
			den += s->pos[i].days;
			plain += q->score;
			n++;
		}
		pp->positive = n > 0;
		if (n)
			pp->score = den > 0 ? (peg_fix)peg_div_round(num, den)
					    : (peg_fix)peg_div_round(plain, n);
	}
	for (size_t i = 0; i < pay->npos; i++)
		res->eligible += peg_pp_at(pay, i, pi)->eligible;

	res->maggiorazione = 0;
	if (pool->has_maggiorazione) {
		peg_cents m = maggiorazione(pay, s, r, pi, d);
		if (m < 0)
			return -1;
		res->maggiorazione = m;
	} else {
		for (size_t h = 0; h < s->nperson; h++)
			res->positive += peg_ppers_at(pay, h, pi)->positive;
	}
	res->base = res->amount - res->maggiorazione;
	int rc = pool->mode == PEG_MODE_BUDGET
			 ? budget(pay, s, r, pi, d)
			 : split_points(pay, pi, res->base, 0, s, NULL, d);
	if (rc)
		return -1;

	/* totals, and the conservation law */
	peg_cents paid = 0, redist = 0, mag = 0;
	for (size_t i = 0; i < pay->npos; i++) {
		struct peg_pp *pp = peg_pp_at(pay, i, pi);
		paid += pp->paid;
		redist += pp->redistributed;
		peg_ppers_at(pay, s->pos[i].person, pi)->paid +=
			pp->paid + pp->redistributed;
	}
	for (size_t h = 0; h < s->nperson; h++) {
		struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
		mag += pp->maggiorazione;
		res->payees += pp->paid + pp->maggiorazione > 0;
		pay->person_total[h] += pp->paid + pp->maggiorazione;
	}
	res->paid = paid;
	res->redistributed = redist;
	res->economies = res->amount - paid - redist - mag;
	if (mag != res->maggiorazione || res->economies < 0 ||
	    (pool->mode == PEG_MODE_SHARE && res->eligible &&
	     res->economies != 0)) {
		char a[PEG_NUMBUF], b[PEG_NUMBUF], c[PEG_NUMBUF],
			e[PEG_NUMBUF], f[PEG_NUMBUF];
		return peg_fail(d, PEG_ECONSERVATION, NULL, 0,
				"[%s]: money not conserved: amount %s, paid %s, "
				"redistributed %s, maggiorazione %s, economies "
				"%s (an internal error: please report it)",
				pool->section, peg_cents_str(res->amount, a),
				peg_cents_str(paid, b), peg_cents_str(redist, c),
				peg_cents_str(mag, e),
				peg_cents_str(res->economies, f));
	}
	return 0;
}

/* ---- driver ----------------------------------------------------------- */

static int report_missing(const struct peg_pool *pool, size_t n,
			  const struct peg_buf *list, const char *path,
			  struct peg_diag *d)
{
	return peg_fail(d, PEG_EDATA, path, 0,
			"[%s]: %zu employee%s lack%s a score component: "
			"%s%s (add the evaluations or assignments, or give "
			"the pool a fallback)",
			pool->section, n, n == 1 ? "" : "s", n == 1 ? "s" : "",
			peg_buf_str(list), n > 10 ? ", ..." : "");
}

int peg_pay_compute(struct peg_pay *pay, const struct peg_staff *s,
		    const struct peg_plan *p, const struct peg_scores *sc,
		    const struct peg_rules *r, const struct peg_runfile *rf,
		    struct peg_diag *d)
{
	memset(pay, 0, sizeof(*pay));
	pay->npos = s->npos;
	pay->nperson = s->nperson;
	pay->npool = r->pay.npool;
	pay->ncomp = PEG_C_EVAL + s->ncomponent;
	size_t npp = pay->npos * pay->npool;
	pay->comp = calloc(pay->npos * pay->ncomp + 1, sizeof(*pay->comp));
	pay->pp = calloc(npp + 1, sizeof(*pay->pp));
	pay->pers = calloc(pay->nperson * pay->npool + 1, sizeof(*pay->pers));
	pay->pool = calloc(pay->npool + 1, sizeof(*pay->pool));
	pay->person_total = calloc(pay->nperson + 1, sizeof(*pay->person_total));
	if (!pay->comp || !pay->pp || !pay->pers || !pay->pool ||
	    !pay->person_total)
		return OOM(d);

	int bad = 0;
	for (size_t pi = 0; pi < pay->npool; pi++) {
		const struct peg_pool *pool = &r->pay.pool[pi];
		struct peg_pool_res *res = &pay->pool[pi];
		res->pool = pool;
		bad |= check_pool_refs(pool, s, r->path, d) != 0;
		const struct peg_fund_item *f = peg_runfile_fund(rf, pool->amount_key);
		if (!f) {
			peg_fail(d, PEG_ERULES, rf->path, 0,
				 "[fund] has no '%s', the amount of [%s] (%s:%ld)",
				 pool->amount_key, pool->section, r->path,
				 pool->amount_line ? pool->amount_line
						   : pool->line);
			bad = 1;
			continue;
		}
		res->amount = f->amount;
		res->amount_line = f->line;
	}
	if (bad)
		return -1;

	components(pay, s, sc);
	struct peg_buf missing = {0};
	for (size_t pi = 0; pi < pay->npool; pi++) {
		size_t nmissing = 0;
		const char *first = NULL;
		peg_buf_reset(&missing);
		for (size_t i = 0; i < s->npos; i++)
			position_in_pool(pay, s, r, pi, i, &missing, &nmissing,
					 &first);
		if (nmissing) {
			/* the file that should hold what is missing */
			long k = component_index(s, first);
			const char *path =
				k == PEG_C_OBJECTIVES ? s->assignments_path
				: k >= PEG_C_EVAL     ? s->evaluations_path
						      : p->objectives_path;
			report_missing(&r->pay.pool[pi], nmissing, &missing,
				       path ? path : s->staff_path, d);
			peg_buf_release(&missing);
			return -1;
		}
		if (pool_money(pay, s, r, pi, d)) {
			peg_buf_release(&missing);
			return -1;
		}
	}
	peg_buf_release(&missing);
	return 0;
}

void peg_pay_release(struct peg_pay *pay)
{
	free(pay->comp);
	free(pay->pp);
	free(pay->pers);
	free(pay->pool);
	free(pay->person_total);
	memset(pay, 0, sizeof(*pay));
}
