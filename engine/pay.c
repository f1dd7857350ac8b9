/*
 * pay.c - components, eligibility, time factor, curve and points of every
 * position in every pool, then the pool's money (see pay.h).
 *
 * The order of SPEC 3: components -> pool score -> factor -> eligibility
 * -> time factor and parameter -> points; then per pool the art. 69
 * carve-out, the share or budget distribution, the residual policy and
 * the conservation check.  Every amount is integer cents; every division
 * of money is exact (128-bit) with one rounding at the documented step.
 *
 * Two stages: peg_pay_prepare resolves what depends only on the staff,
 * the rules and the run file (component references, fallbacks, settori,
 * amounts, time factors); peg_pay_eval turns one scoring into money,
 * reusing its buffers, so that a simulation draw allocates nothing.
 * peg_pay_compute is the two in a row.
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

/* ---- scratch ---------------------------------------------------------- */

struct rank {
	size_t person;
	peg_fix score;
};

/* Buffers of one evaluation, kept for the next. */
struct peg_pay_scratch {
	int64_t *w;                /* npos: weights of a split */
	size_t *ix;                /* npos: positions of a split */
	peg_cents *out;            /* npos: cents of a split */
	unsigned char *extra;      /* npos: leftover cent of a split */
	struct peg_cents_rem *rem; /* npos: remainders of a split */
	struct rank *rank;         /* nperson: art. 69 ranking */
	struct rank *rank2;        /* nperson: its copy for selection */
	int64_t *sec_e;            /* npos: economies per settore */
	peg_cents *sec_out;        /* npos: their split */
	size_t *sec_group;         /* npos: settore of each economy */
	long *group_slot;          /* ngroup: its economy, or -1 */
	struct peg_buf missing;    /* employees lacking a component */
};

static void scratch_free(struct peg_pay_scratch *x)
{
	if (!x)
		return;
	free(x->w);
	free(x->ix);
	free(x->out);
	free(x->extra);
	free(x->rem);
	free(x->rank);
	free(x->rank2);
	free(x->sec_e);
	free(x->sec_out);
	free(x->sec_group);
	free(x->group_slot);
	peg_buf_release(&x->missing);
	free(x);
}

/* ---- preparation ------------------------------------------------------ */

/* The settore of every position, by name (-1: a settore without
 * objectives); 0, or -1 out of memory. */
static int position_sectors(struct peg_pay_prep *pp,
			    const struct peg_scores *sc)
{
	struct peg_map m = {0};
	for (size_t k = 0; k < sc->nsec; k++)
		if (peg_map_put(&m, sc->sec[k].name, k, NULL) < 0) {
			peg_map_release(&m);
			return -1;
		}
	for (size_t i = 0; i < pp->npos; i++) {
		size_t k;
		pp->pos_sector[i] = peg_map_get(&m, pp->s->pos[i].sector, &k)
					    ? (long)k
					    : -1;
	}
	peg_map_release(&m);
	return 0;
}

/* Evaluation components of every position: the position's own, else
 * the person's.  They do not depend on the scores. */
static void eval_components(struct peg_pay_prep *pp)
{
	const struct peg_staff *s = pp->s;
	for (size_t i = 0; i < s->npos; i++) {
		const struct peg_person *pe = &s->person[s->pos[i].person];
		struct peg_comp_val *c = &pp->comp_base[i * pp->ncomp];
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

/* A term with its fallback chain: the component itself, then what the
 * pool's fallbacks give in its place (the last rule naming it wins), at
 * most four steps. */
static void resolve_term(struct peg_pay_term *t, const struct peg_term *src,
			 const struct peg_pool *pool,
			 const struct peg_staff *s)
{
	const char *name = src->component;
	t->name = src->component;
	t->weight = src->weight;
	t->nchain = 0;
	for (int hop = 0; hop < 4; hop++) {
		t->chain[t->nchain++] = component_index(s, name);
		const char *next = NULL;
		for (size_t f = 0; f < pool->nfallback; f++)
			if (strcmp(pool->fallback[f].from, name) == 0)
				next = pool->fallback[f].to;
		if (!next)
			return;
		name = next;
	}
}

static int resolve_spec(struct peg_pay_spec *out,
			const struct peg_score_spec *sp,
			const struct peg_pool *pool,
			const struct peg_staff *s)
{
	out->nterm = sp->nterm;
	out->term = calloc(sp->nterm ? sp->nterm : 1, sizeof(*out->term));
	if (!out->term)
		return -1;
	for (size_t t = 0; t < sp->nterm; t++)
		resolve_term(&out->term[t], &sp->term[t], pool, s);
	return 0;
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

/*
 * The time factor as an exact fraction *num / *den (0 when nothing is
 * left):
 *   t = PT/100 x (D - own - person x days/total) / days_in_year
 * with PT the part time (or 100), D the days in service of the position
 * (or, when days do not count, the whole year shared among the person's
 * positions by their days: year x days/total), own/person the reducing
 * absences of the position and of the person (shared in proportion to
 * days), each switchable per pool.
 */
void peg_time_fraction(const struct peg_position *q,
		       const struct peg_person *pe,
		       const struct peg_pool *pool, int diy, __int128 *num,
		       __int128 *den)
{
	__int128 pt = pool->use_part_time ? q->part_time : P100;
	__int128 total = pe->total_days > 0 ? pe->total_days : 1;
	__int128 own = pool->use_absences ? q->reducing_own : 0;
	__int128 per = pool->use_absences ? pe->reducing_person : 0;
	/* D x total, in millionths of a day */
	__int128 dtot = pool->use_days ? (__int128)q->days * total
				       : (__int128)diy * q->days;
	if (!pool->use_days && pe->total_days <= 0)
		dtot = diy; /* no days written: the whole year */
	__int128 dnum = dtot * PEG_FIX_ONE - own * total - per * q->days;
	*num = dnum > 0 ? pt * dnum : 0;
	*den = (__int128)P100 * PEG_FIX_ONE * total * diy;
}

/* The time factor rounded once to 1e-9. */
static int64_t time_factor(const struct peg_position *q,
			   const struct peg_person *pe,
			   const struct peg_pool *pool, int diy)
{
	__int128 num, den;
	peg_time_fraction(q, pe, pool, diy, &num, &den);
	return (int64_t)peg_div_round(num * PEG_T_ONE, den);
}

/* Index of the spec of pool pi that scores area `area`. */
static size_t spec_of(const struct peg_pay_prep *pp, size_t pi, size_t area)
{
	const struct peg_pool *pool = &pp->r->pay.pool[pi];
	for (size_t k = 0; k < pool->nscore_area; k++)
		if (pool->score_area[k].area_ix == area)
			return pp->spec_start[pi] + 1 + k;
	return pp->spec_start[pi];
}

/* What stays fixed for position i in pool pi. */
static void fixed_of(struct peg_pay_prep *pp, size_t pi, size_t i)
{
	const struct peg_pool *pool = &pp->r->pay.pool[pi];
	const struct peg_position *q = &pp->s->pos[i];
	struct peg_pay_fixed *f = &pp->fixed[i * pp->npool + pi];

	f->in_area = (unsigned char)peg_pool_has_area(pool, q->area);
	f->spec = &pp->spec[spec_of(pp, pi, q->area)];
	f->t9 = time_factor(q, &pp->s->person[q->person], pool,
			    pp->s->days_in_year);
	if (!f->in_area)
		f->reason = "area not in the pool";
	else if (q->excluded)
		f->reason = "excluded";
	else if (pp->s->person[q->person].total_days < pool->min_days)
		f->reason = "days in service below min_days";
}

/* Settori of the positions, numbered in order of first appearance. */
static int group_positions(struct peg_pay_prep *pp)
{
	struct peg_map m = {0};
	for (size_t i = 0; i < pp->npos; i++) {
		size_t g;
		int put = peg_map_put(&m, pp->s->pos[i].sector, pp->ngroup, &g);
		if (put < 0) {
			peg_map_release(&m);
			return -1;
		}
		pp->pos_group[i] = put == 1 ? pp->ngroup++ : g;
	}
	peg_map_release(&m);
	return 0;
}

/*
 * Every [fund] amount is distributed by a pool, except the one the
 * art. 68 c.3 check reads ([legal] variable_resources): money nobody
 * distributes must not vanish from the summary.  Returns -1 (run-file
 * error, each unused key with its line) or 0.
 */
static int check_fund_used(const struct peg_rules *r,
			   const struct peg_runfile *rf, struct peg_diag *d)
{
	int bad = 0;
	for (size_t i = 0; i < rf->nfund; i++) {
		const struct peg_fund_item *f = &rf->fund[i];
		int used = strcmp(f->key, r->pay.legal.variable_key) == 0;
		for (size_t pi = 0; !used && pi < r->pay.npool; pi++)
			used = strcmp(f->key, r->pay.pool[pi].amount_key) == 0;
		if (used)
			continue;
		char a[PEG_NUMBUF];
		peg_fail(d, PEG_ERULES, rf->path, f->line,
			 "[fund] %s = %s is the amount of no pool of %s (name "
			 "it in a pool's amount_key, or remove it; only the "
			 "variable resources of the art. 68 c.3 check, '%s', "
			 "are read without a pool)",
			 f->key, peg_cents_str(f->amount, a), r->path,
			 r->pay.legal.variable_key);
		bad = 1;
	}
	return bad ? -1 : 0;
}

int peg_pay_prepare(struct peg_pay_prep *pp, const struct peg_staff *s,
		    const struct peg_plan *p, const struct peg_scores *sc,
		    const struct peg_rules *r, const struct peg_runfile *rf,
		    struct peg_diag *d)
{
	memset(pp, 0, sizeof(*pp));
	pp->s = s;
	pp->p = p;
	pp->r = r;
	pp->rf = rf;
	pp->npos = s->npos;
	pp->nperson = s->nperson;
	pp->npool = r->pay.npool;
	pp->ncomp = PEG_C_EVAL + s->ncomponent;

	int bad = 0;
	pp->amount = calloc(pp->npool + 1, sizeof(*pp->amount));
	pp->amount_line = calloc(pp->npool + 1, sizeof(*pp->amount_line));
	if (!pp->amount || !pp->amount_line)
		return OOM(d);
	for (size_t pi = 0; pi < pp->npool; pi++) {
		const struct peg_pool *pool = &r->pay.pool[pi];
		bad |= check_pool_refs(pool, s, r->path, d) != 0;
		const struct peg_fund_item *f =
			peg_runfile_fund(rf, pool->amount_key);
		if (!f) {
			peg_fail(d, PEG_ERULES, rf->path, 0,
				 "[fund] has no '%s', the amount of [%s] (%s:%ld)",
				 pool->amount_key, pool->section, r->path,
				 pool->amount_line ? pool->amount_line
						   : pool->line);
			bad = 1;
			continue;
		}
		pp->amount[pi] = f->amount;
		pp->amount_line[pi] = f->line;
	}
	bad |= check_fund_used(r, rf, d) != 0;
	if (r->pay.legal.level[PEG_LEGAL_ART68_C3] == PEG_LEVEL_ERROR &&
	    !peg_runfile_fund(rf, r->pay.legal.variable_key)) {
		/* a blocking check that cannot be made must not pass */
		peg_fail(d, PEG_ERULES, rf->path, 0,
			 "[fund] has no '%s', the variable resources the art. 68 "
			 "c.3 check needs (%s: [legal] art68_c3 = error; set it "
			 "to warning or off to run without the check)",
			 r->pay.legal.variable_key, r->path);
		bad = 1;
	}
	if (bad)
		return -1;

	size_t nspec = 0;
	for (size_t pi = 0; pi < pp->npool; pi++)
		nspec += 1 + r->pay.pool[pi].nscore_area;
	pp->spec = calloc(nspec + 1, sizeof(*pp->spec));
	pp->spec_start = calloc(pp->npool + 1, sizeof(*pp->spec_start));
	pp->comp_base = calloc(pp->npos * pp->ncomp + 1, sizeof(*pp->comp_base));
	pp->pos_sector = calloc(pp->npos + 1, sizeof(*pp->pos_sector));
	pp->pos_group = calloc(pp->npos + 1, sizeof(*pp->pos_group));
	pp->fixed = calloc(pp->npos * pp->npool + 1, sizeof(*pp->fixed));
	pp->varies = calloc(pp->npool + 1, 1);
	if (!pp->spec || !pp->spec_start || !pp->comp_base ||
	    !pp->pos_sector || !pp->pos_group || !pp->fixed || !pp->varies ||
	    group_positions(pp))
		return OOM(d);
	size_t k = 0;
	for (size_t pi = 0; pi < pp->npool; pi++) {
		const struct peg_pool *pool = &r->pay.pool[pi];
		pp->spec_start[pi] = k;
		if (resolve_spec(&pp->spec[k++], &pool->score, pool, s))
			return OOM(d);
		for (size_t a = 0; a < pool->nscore_area; a++)
			if (resolve_spec(&pp->spec[k++], &pool->score_area[a],
					 pool, s))
				return OOM(d);
	}
	pp->spec_start[pp->npool] = k;
	/* a pool varies with the scores when a term, or a fallback it may
	 * take, is ente, sector or objectives (or unknown: never kept) */
	for (size_t pi = 0; pi < pp->npool; pi++)
		for (size_t j = pp->spec_start[pi]; j < pp->spec_start[pi + 1];
		     j++)
			for (size_t t = 0; t < pp->spec[j].nterm; t++)
				for (int h = 0; h < pp->spec[j].term[t].nchain;
				     h++)
					if (pp->spec[j].term[t].chain[h] <
					    PEG_C_EVAL)
						pp->varies[pi] = 1;
	if (position_sectors(pp, sc))
		return OOM(d);
	eval_components(pp);
	for (size_t pi = 0; pi < pp->npool; pi++)
		for (size_t i = 0; i < pp->npos; i++)
			fixed_of(pp, pi, i);
	return 0;
}

void peg_pay_prep_release(struct peg_pay_prep *pp)
{
	if (pp->spec)
		for (size_t k = 0; k < pp->spec_start[pp->npool]; k++)
			free(pp->spec[k].term);
	free(pp->spec);
	free(pp->spec_start);
	free(pp->amount);
	free(pp->amount_line);
	free(pp->comp_base);
	free(pp->pos_sector);
	free(pp->pos_group);
	free(pp->fixed);
	free(pp->varies);
	memset(pp, 0, sizeof(*pp));
}

/* ---- components ------------------------------------------------------- */

/* ente, sector and objectives of every position from the scores, over
 * the evaluation components copied from the prepared base. */
static void components(struct peg_pay *pay, const struct peg_pay_prep *pp,
		       const struct peg_scores *sc)
{
	const struct peg_staff *s = pp->s;
	memcpy(pay->comp, pp->comp_base,
	       pay->npos * pay->ncomp * sizeof(*pay->comp));
	for (size_t i = 0; i < s->npos; i++) {
		const struct peg_person *pe = &s->person[s->pos[i].person];
		struct peg_comp_val *c = &pay->comp[i * pay->ncomp];

		c[PEG_C_ENTE].has = (unsigned char)sc->ente.has_pay;
		c[PEG_C_ENTE].v = sc->ente.pay_ach;
		long k = pp->pos_sector[i];
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
	}
}

/* The value of a term for position i, through the pool's fallbacks. */
static int term_value(const struct peg_pay *pay, size_t i,
		      const struct peg_pay_term *t, peg_fix *v)
{
	const struct peg_comp_val *c = &pay->comp[i * pay->ncomp];
	for (int h = 0; h < t->nchain; h++) {
		long k = t->chain[h];
		if (k >= 0 && c[k].has) {
			*v = c[k].v;
			return 0;
		}
	}
	return -1;
}

/* ---- per position ----------------------------------------------------- */

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
static void position_in_pool(struct peg_pay *pay,
			     const struct peg_pay_prep *prep, size_t pi,
			     size_t i, struct peg_buf *missing,
			     size_t *nmissing, const char **first_missing)
{
	const struct peg_rules *r = prep->r;
	const struct peg_pool *pool = &r->pay.pool[pi];
	const struct peg_position *q = &prep->s->pos[i];
	const struct peg_person *pe = &prep->s->person[q->person];
	const struct peg_pay_fixed *f = &prep->fixed[i * prep->npool + pi];
	struct peg_pp *pp = peg_pp_at(pay, i, pi);
	static const struct peg_pp zero;

	*pp = zero; /* what a previous evaluation left (see reset) */
	pp->band = -1;
	pp->in_area = f->in_area;
	if (f->reason) {
		pp->reason = f->reason;
		return;
	}
	const struct peg_pay_spec *sp = f->spec;
	__int128 num = 0;
	for (size_t t = 0; t < sp->nterm; t++) {
		peg_fix v;
		if (term_value(pay, i, &sp->term[t], &v)) {
			/* positions are grouped by person: name each once */
			int again = i > pe->first &&
				    peg_pp_at(pay, i - 1, pi)->reason &&
				    strcmp(peg_pp_at(pay, i - 1, pi)->reason,
					   "missing component") == 0;
			pp->reason = "missing component";
			if (again)
				return;
			if (*nmissing < 10)
				peg_buf_printf(missing, "%s'%s' (%s)",
					       *nmissing ? ", " : "", pe->id,
					       sp->term[t].name);
			if (!*nmissing)
				*first_missing = sp->term[t].name;
			(*nmissing)++;
			return;
		}
		num += (__int128)v * sp->term[t].weight;
	}
	pp->has_score = 1;
	pp->score = (peg_fix)peg_div_round(num, P100);
	pp->factor = curve_factor(pool, pp->score, &pp->band);
	pp->t9 = f->t9;
	if (pp->score < pool->threshold) {
		pp->reason = "score below threshold";
		return;
	}
	if (pp->factor <= 0) {
		pp->factor = 0;
		pp->reason = "below the first paying band (factor 0)";
		return;
	}
	if (pp->t9 <= 0) {
		pp->reason = "time factor 0";
		return;
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
}

/* ---- art. 69 ---------------------------------------------------------- */

/* 1 when a ranks before b: higher score, then the person's index
 * (employee_id order).  Persons are distinct, so the order is total. */
static int ranks_before(const struct rank *a, const struct rank *b)
{
	if (a->score != b->score)
		return a->score > b->score;
	return a->person < b->person;
}

static void swap_rank(struct rank *a, struct rank *b)
{
	struct rank t = *a;
	*a = *b;
	*b = t;
}

/* The k-th person in rank order (1 <= k <= n); rearranges a. */
static struct rank kth_rank(struct rank *a, size_t n, size_t k)
{
	size_t lo = 0, hi = n, want = k - 1; /* want lies in [lo, hi) */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2, last = hi - 1;
		if (ranks_before(&a[mid], &a[lo]))
			swap_rank(&a[mid], &a[lo]);
		if (ranks_before(&a[last], &a[lo]))
			swap_rank(&a[last], &a[lo]);
		if (ranks_before(&a[mid], &a[last]))
			swap_rank(&a[mid], &a[last]);
		size_t store = lo;
		for (size_t j = lo; j < last; j++)
			if (ranks_before(&a[j], &a[last]))
				swap_rank(&a[j], &a[store++]);
		swap_rank(&a[store], &a[last]);
		if (store == want)
			return a[store];
		if (want < store)
			hi = store;
		else
			lo = store + 1;
	}
	return a[want];
}

/*
 * The maggiorazione (CCNL 21.5.2018 art. 69): N positively evaluated
 * persons, ex-ante average amount/N, k = floor(quota% x N) beneficiaries
 * by score, each receiving round2(percent% x amount/N); ties at the
 * boundary share the remaining slots' money (ties = share) or are broken
 * by employee_id.  Returns the total carved out, or -1 on error.
 */
static peg_cents maggiorazione(struct peg_pay *pay,
			       const struct peg_pay_prep *prep, size_t pi,
			       struct peg_diag *d)
{
	const struct peg_staff *s = prep->s;
	const struct peg_pool *pool = &prep->r->pay.pool[pi];
	struct peg_pool_res *res = &pay->pool[pi];
	struct peg_pay_scratch *x = pay->scratch;
	struct rank *rk = x->rank;
	size_t n = 0;
	for (size_t h = 0; h < s->nperson; h++) {
		struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
		if (pp->positive)
			rk[n++] = (struct rank){h, pp->score};
	}
	res->positive = n;
	if (n == 0)
		return 0;
	res->k = (size_t)peg_div_floor((__int128)pool->mag_quota * n,
				       (__int128)P100);
	res->bonus = peg_round_cents((__int128)res->amount * pool->mag_percent,
				     (__int128)P100 * n);
	res->min_bonus = res->k ? res->bonus : 0;
	if (res->k == 0)
		return 0;
	/* The k-th in rank order sets the boundary; rk stays in person
	 * (employee_id) order, so the tied are met in that order. */
	memcpy(x->rank2, rk, n * sizeof(*rk));
	peg_fix boundary = kth_rank(x->rank2, n, res->k).score;
	size_t above = 0, tied = 0;
	for (size_t j = 0; j < n; j++) {
		if (rk[j].score > boundary)
			above++;
		else if (rk[j].score == boundary)
			x->ix[tied++] = rk[j].person;
	}
	peg_cents carve = (peg_cents)res->k * res->bonus;
	int by_id = pool->mag_ties == PEG_TIES_EMPLOYEE_ID ||
		    tied == res->k - above;
	/* Above the boundary: a full bonus each. */
	for (size_t h = 0; h < s->nperson; h++) {
		struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
		if (pp->positive && pp->score > boundary) {
			pp->beneficiary = 1;
			pp->maggiorazione = res->bonus;
		}
	}
	if (by_id) {
		/* the remaining slots to the tied by employee_id */
		for (size_t j = 0; j < res->k - above; j++) {
			struct peg_ppers *pp = peg_ppers_at(pay, x->ix[j], pi);
			pp->beneficiary = 1;
			pp->maggiorazione = res->bonus;
		}
	} else {
		/* The tied share the remaining (k - above) bonuses equally,
		 * cents by largest remainder in employee_id order. */
		int64_t *w = x->w;
		peg_cents *out = x->out;
		for (size_t j = 0; j < tied; j++)
			w[j] = 1;
		peg_split_cents_with((peg_cents)(res->k - above) * res->bonus,
				     w, tied, out, NULL, x->rem);
		res->min_bonus = res->bonus;
		for (size_t j = 0; j < tied; j++) {
			struct peg_ppers *pp = peg_ppers_at(pay, x->ix[j], pi);
			pp->beneficiary = 1;
			pp->tied = 1;
			pp->maggiorazione = out[j];
			if (out[j] < res->min_bonus)
				res->min_bonus = out[j];
		}
		res->tied = tied;
	}
	if (carve > res->amount)
		return peg_fail(d, PEG_ERULES, prep->r->path, pool->line,
				"[%s] the art. 69 maggiorazione (%zu x %lld "
				"cents) exceeds the pool",
				pool->section, res->k, (long long)res->bonus);
	return carve;
}

/* ---- money of one pool ------------------------------------------------ */

/* Splits `amount` by points among the eligible positions of pool pi (of
 * settore group `group` only, unless it is (size_t)-1); adds into paid
 * or redistributed. */
static int split_points(struct peg_pay *pay, const struct peg_pay_prep *prep,
			size_t pi, peg_cents amount, int redistribute,
			size_t group, struct peg_diag *d)
{
	struct peg_pay_scratch *x = pay->scratch;
	int64_t *w = x->w;
	size_t *ix = x->ix;
	size_t n = 0;
	for (size_t i = 0; i < pay->npos; i++) {
		struct peg_pp *pp = peg_pp_at(pay, i, pi);
		if (!pp->eligible ||
		    (group != (size_t)-1 && prep->pos_group[i] != group))
			continue;
		w[n] = pp->points;
		ix[n++] = i;
	}
	if (n == 0 || amount == 0)
		return 0;
	int rc = peg_split_cents_with(amount, w, n, x->out, x->extra, x->rem);
	for (size_t j = 0; rc == 0 && j < n; j++) {
		struct peg_pp *pp = peg_pp_at(pay, ix[j], pi);
		if (redistribute) {
			pp->redistributed += x->out[j];
			pp->redist_cent = x->extra[j];
		} else {
			pp->paid += x->out[j];
			pp->extra_cent = x->extra[j];
		}
	}
	return rc ? peg_fail(d, PEG_EINTERNAL, NULL, 0,
			     "cannot split %lld cents", (long long)amount)
		  : 0;
}

/* Each settore's economy, Σ round2(max·t) - paid over its eligible
 * positions, shared again within the settore; settori in order of their
 * first eligible position. */
static int redistribute_sector(struct peg_pay *pay,
			       const struct peg_pay_prep *prep, size_t pi,
			       peg_cents economy, struct peg_diag *d)
{
	struct peg_pay_scratch *x = pay->scratch;
	size_t nsec = 0;
	int64_t *e = x->sec_e;
	for (size_t g = 0; g < prep->ngroup; g++)
		x->group_slot[g] = -1;
	for (size_t i = 0; i < pay->npos; i++) {
		struct peg_pp *pp = peg_pp_at(pay, i, pi);
		if (!pp->eligible)
			continue;
		size_t g = prep->pos_group[i];
		if (x->group_slot[g] < 0) {
			x->group_slot[g] = (long)nsec;
			x->sec_group[nsec] = g;
			e[nsec++] = 0;
		}
		e[x->group_slot[g]] += pp->budget_t - pp->paid;
	}
	__int128 se = 0;
	for (size_t k = 0; k < nsec; k++)
		se += e[k];
	if (se > economy) {
		/* rounding of max·t over many positions: share the pool's
		 * economy among settori in proportion */
		if (peg_split_cents_with(economy, e, nsec, x->sec_out, NULL,
					 x->rem))
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"cannot split %lld cents",
					(long long)economy);
		for (size_t k = 0; k < nsec; k++)
			e[k] = x->sec_out[k];
	}
	for (size_t k = 0; k < nsec; k++)
		if (split_points(pay, prep, pi, e[k], 1, x->sec_group[k], d))
			return -1;
	return 0;
}

/* Budget mode: maximum premiums, gross, paid (SPEC 3.4). */
static int budget(struct peg_pay *pay, const struct peg_pay_prep *prep,
		  size_t pi, struct peg_diag *d)
{
	const struct peg_staff *s = prep->s;
	const struct peg_rules *r = prep->r;
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
		/* on the exact time factor: one rounding (SPEC 3.4) */
		__int128 tn, td;
		peg_time_fraction(q, &s->person[q->person], pool,
				  s->days_in_year, &tn, &td);
		peg_frac_reduce(&tn, &td); /* once for both products */
		if (peg_round_cents_frac(pp->max, 1, tn, 1, td,
					 &pp->budget_t) ||
		    peg_round_cents_frac(pp->max, pp->factor, tn, P100, td,
					 &pp->gross))
			return peg_fail(d, PEG_EDATA, s->staff_path, q->line,
					"employee '%s': [%s] maximum premium "
					"%s is too large to compute exactly",
					q->employee_id, pool->section,
					peg_cents_str(pp->max,
						      (char[PEG_NUMBUF]){0}));
		pp->paid = peg_round_cents((__int128)pp->gross * q->convention,
					   (__int128)P100);
		total += pp->paid;
	}
	if (total > res->base) {
		char a[PEG_NUMBUF], b[PEG_NUMBUF];
		/* named at the pool's amount in the run file */
		return peg_fail(d, PEG_EDATA, prep->rf->path, res->amount_line,
				"[%s]: the premiums (%s, from the maximum "
				"premiums of %s) exceed the pool less the "
				"maggiorazione (%s)",
				pool->section, peg_cents_str(total, a),
				s->staff_path, peg_cents_str(res->base, b));
	}
	peg_cents economy = res->base - total;
	switch (pool->residual) {
	case PEG_RES_REDISTRIBUTE:
		return split_points(pay, prep, pi, economy, 1, (size_t)-1, d);
	case PEG_RES_REDISTRIBUTE_SECTOR:
		return redistribute_sector(pay, prep, pi, economy, d);
	default:
		return 0;
	}
}

static int pool_money(struct peg_pay *pay, const struct peg_pay_prep *prep,
		      size_t pi, struct peg_diag *d)
{
	const struct peg_staff *s = prep->s;
	const struct peg_pool *pool = &prep->r->pay.pool[pi];
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
		if (n == 1)
			pp->score = (peg_fix)plain; /* either mean of one */
		else if (n)
			pp->score = den > 0 ? (peg_fix)peg_div_round(num, den)
					    : (peg_fix)peg_div_round(plain, n);
	}
	for (size_t i = 0; i < pay->npos; i++)
		res->eligible += peg_pp_at(pay, i, pi)->eligible;

	res->maggiorazione = 0;
	if (pool->has_maggiorazione) {
		peg_cents m = maggiorazione(pay, prep, pi, d);
		if (m < 0)
			return -1;
		res->maggiorazione = m;
	} else {
		for (size_t h = 0; h < s->nperson; h++)
			res->positive += peg_ppers_at(pay, h, pi)->positive;
	}
	res->base = res->amount - res->maggiorazione;
	int rc = pool->mode == PEG_MODE_BUDGET
			 ? budget(pay, prep, pi, d)
			 : split_points(pay, prep, pi, res->base, 0,
					(size_t)-1, d);
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
	}
	res->paid = paid;
	res->redistributed = redist;
	res->economies = res->amount - paid - redist - mag;
	/* the law itself is checked on the whole result, by
	 * peg_pay_conserved */
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

/* The arrays of pay for prep, allocated once. */
static int pay_alloc(struct peg_pay *pay, const struct peg_pay_prep *pp)
{
	size_t npos = pp->npos ? pp->npos : 1;
	pay->npos = pp->npos;
	pay->nperson = pp->nperson;
	pay->npool = pp->npool;
	pay->ncomp = pp->ncomp;
	pay->comp = calloc(pay->npos * pay->ncomp + 1, sizeof(*pay->comp));
	pay->pp = calloc(pay->npos * pay->npool + 1, sizeof(*pay->pp));
	pay->pers = calloc(pay->nperson * pay->npool + 1, sizeof(*pay->pers));
	pay->pool = calloc(pay->npool + 1, sizeof(*pay->pool));
	pay->person_total = calloc(pay->nperson + 1, sizeof(*pay->person_total));
	struct peg_pay_scratch *x = calloc(1, sizeof(*x));
	pay->scratch = x;
	if (!pay->comp || !pay->pp || !pay->pers || !pay->pool ||
	    !pay->person_total || !x)
		return -1;
	x->w = malloc(npos * sizeof(*x->w));
	x->ix = malloc(npos * sizeof(*x->ix));
	x->out = malloc(npos * sizeof(*x->out));
	x->extra = malloc(npos);
	x->rem = malloc(npos * sizeof(*x->rem));
	x->rank = malloc((pp->nperson ? pp->nperson : 1) * sizeof(*x->rank));
	x->rank2 = malloc((pp->nperson ? pp->nperson : 1) * sizeof(*x->rank));
	x->sec_e = malloc(npos * sizeof(*x->sec_e));
	x->sec_out = malloc(npos * sizeof(*x->sec_out));
	x->sec_group = malloc(npos * sizeof(*x->sec_group));
	x->group_slot = malloc((pp->ngroup + 1) * sizeof(*x->group_slot));
	int ok = x->w && x->ix && x->out && x->extra && x->rem && x->rank &&
		 x->rank2 && x->sec_e && x->sec_out && x->sec_group &&
		 x->group_slot;
	return ok ? 0 : -1;
}

/* 1 when pool pi must be computed again; 0 when the previous result
 * stands. */
static int again(const struct peg_pay *pay, const struct peg_pay_prep *prep,
		 size_t pi)
{
	return !pay->whole || prep->varies[pi];
}

/* Clears what this evaluation computes again; each position's entry of
 * a pool computed again is cleared by position_in_pool as it goes. */
static void reset(struct peg_pay *pay, const struct peg_pay_prep *prep)
{
	static const struct peg_ppers zero_pers;
	static const struct peg_pool_res zero_res;
	for (size_t pi = 0; pi < pay->npool; pi++) {
		if (!again(pay, prep, pi))
			continue;
		for (size_t h = 0; h < pay->nperson; h++)
			*peg_ppers_at(pay, h, pi) = zero_pers;
		pay->pool[pi] = zero_res;
	}
	pay->ncheck = 0;
}

int peg_pay_eval(struct peg_pay *pay, const struct peg_pay_prep *prep,
		 const struct peg_scores *sc, struct peg_diag *d)
{
	if (!pay->scratch) {
		if (pay_alloc(pay, prep))
			return OOM(d);
	} else
		reset(pay, prep);
	int whole = pay->whole;
	pay->whole = 0; /* until this evaluation succeeds */
	const struct peg_staff *s = prep->s;
	for (size_t pi = 0; pi < pay->npool; pi++) {
		pay->pool[pi].pool = &prep->r->pay.pool[pi];
		pay->pool[pi].amount = prep->amount[pi];
		pay->pool[pi].amount_line = prep->amount_line[pi];
	}
	components(pay, prep, sc);
	struct peg_buf *missing = &pay->scratch->missing;
	for (size_t pi = 0; pi < pay->npool; pi++) {
		if (whole && !prep->varies[pi])
			continue; /* the same as last time */
		size_t nmissing = 0;
		const char *first = NULL;
		peg_buf_reset(missing);
		for (size_t i = 0; i < s->npos; i++) {
			/* out of the pool, excluded or too few days: as the
			 * last evaluation left it (nothing else writes it) */
			if (whole && prep->fixed[i * prep->npool + pi].reason)
				continue;
			position_in_pool(pay, prep, pi, i, missing, &nmissing,
					 &first);
		}
		if (nmissing) {
			/* the file that should hold what is missing */
			long k = component_index(s, first);
			const char *path =
				k == PEG_C_OBJECTIVES ? s->assignments_path
				: k >= PEG_C_EVAL     ? s->evaluations_path
						      : prep->p->objectives_path;
			return report_missing(&prep->r->pay.pool[pi], nmissing,
					      missing,
					      path ? path : s->staff_path, d);
		}
		if (pool_money(pay, prep, pi, d))
			return -1;
	}
	for (size_t h = 0; h < pay->nperson; h++) {
		peg_cents t = 0;
		for (size_t pi = 0; pi < pay->npool; pi++) {
			const struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
			t += pp->paid + pp->maggiorazione;
		}
		pay->person_total[h] = t;
	}
	if (peg_pay_conserved(pay, s, d))
		return -1;
	pay->whole = 1;
	return 0;
}

/* who: "[pool x]" (prefix "[", name, suffix "]") or "employee 'x'". */
static int not_conserved(struct peg_diag *d, const char *prefix,
			 const char *name, const char *suffix,
			 const char *what, peg_cents a, peg_cents b)
{
	char x[PEG_NUMBUF], y[PEG_NUMBUF];
	return peg_fail(d, PEG_ECONSERVATION, NULL, 0,
			"%s%s%s: money not conserved: %s (%s against %s; an "
			"internal error: please report it)",
			prefix, name, suffix, what, peg_cents_str(a, x),
			peg_cents_str(b, y));
}

int peg_pay_conserved(const struct peg_pay *pay, const struct peg_staff *s,
		      struct peg_diag *d)
{
	for (size_t pi = 0; pi < pay->npool; pi++) {
		const struct peg_pool_res *res = &pay->pool[pi];
		const char *name = res->pool->section;
		peg_cents pos = 0, pers = 0, mag = 0;
		for (size_t i = 0; i < pay->npos; i++) {
			const struct peg_pp *pp = peg_pp_at(pay, i, pi);
			if (pp->paid < 0 || pp->redistributed < 0)
				return not_conserved(
					d, "[", name, "]",
					"a position is paid a negative amount",
					pp->paid < 0 ? pp->paid
						     : pp->redistributed,
					0);
			pos += pp->paid + pp->redistributed;
		}
		for (size_t h = 0; h < pay->nperson; h++) {
			const struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
			if (pp->maggiorazione < 0)
				return not_conserved(d, "[", name, "]",
						     "a negative maggiorazione",
						     pp->maggiorazione, 0);
			pers += pp->paid;
			mag += pp->maggiorazione;
		}
		if (pos != res->paid + res->redistributed)
			return not_conserved(d, "[", name, "]",
					     "the positions' amounts do not "
					     "add up to the pool's paid",
					     pos,
					     res->paid + res->redistributed);
		if (pers != pos)
			return not_conserved(d, "[", name, "]",
					     "the persons' amounts do not add "
					     "up to their positions'",
					     pers, pos);
		if (mag != res->maggiorazione)
			return not_conserved(d, "[", name, "]",
					     "the maggiorazione paid is not "
					     "the one carved out",
					     mag, res->maggiorazione);
		peg_cents out = pos + mag + res->economies;
		if (out != res->amount)
			return not_conserved(d, "[", name, "]",
					     "paid, maggiorazione and "
					     "economies do not add up to the "
					     "amount",
					     out, res->amount);
		if (res->economies < 0 ||
		    (res->pool->mode == PEG_MODE_SHARE && res->eligible &&
		     res->economies != 0))
			return not_conserved(d, "[", name, "]",
					     "economies where none can be",
					     res->economies, 0);
	}
	for (size_t h = 0; h < pay->nperson; h++) {
		peg_cents t = 0;
		for (size_t pi = 0; pi < pay->npool; pi++) {
			const struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
			t += pp->paid + pp->maggiorazione;
		}
		if (t != pay->person_total[h])
			return not_conserved(d, "employee '", s->person[h].id,
					     "'",
					     "a person's total is not the sum "
					     "of the pools",
					     pay->person_total[h], t);
	}
	return 0;
}

int peg_pay_compute(struct peg_pay *pay, const struct peg_staff *s,
		    const struct peg_plan *p, const struct peg_scores *sc,
		    const struct peg_rules *r, const struct peg_runfile *rf,
		    struct peg_diag *d)
{
	struct peg_pay_prep prep;
	memset(pay, 0, sizeof(*pay));
	int rc = peg_pay_prepare(&prep, s, p, sc, r, rf, d) ||
		 peg_pay_eval(pay, &prep, sc, d);
	peg_pay_prep_release(&prep);
	return rc ? -1 : 0;
}

void peg_pay_release(struct peg_pay *pay)
{
	free(pay->comp);
	free(pay->pp);
	free(pay->pers);
	free(pay->pool);
	free(pay->person_total);
	scratch_free(pay->scratch);
	memset(pay, 0, sizeof(*pay));
}
