/*
 * legal.c - the legal checks of SPEC 3.7 on a computed distribution.
 *
 * Each check records what it verified, with the figures and its legal
 * reference, for the summary; the rules' [legal] section sets whether a
 * failure is an error (the run stops, exit code 5), a warning or off.
 */
#include "pay.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const reference[PEG_LEGAL_COUNT_] = {
	[PEG_LEGAL_ART68_C3] = "CCNL 21.5.2018 art. 68 c.3",
	[PEG_LEGAL_FUNDED] = "CCNL 21.5.2018 art. 68 c.2 lett. a, b",
	[PEG_LEGAL_ART69] = "CCNL 21.5.2018 art. 69",
	[PEG_LEGAL_UNDIFFERENTIATED] = "D.Lgs. 150/2009 art. 18 c.2",
	/* parenthesised: clang's -Wstring-concatenation (make fuzz) */
	[PEG_LEGAL_PROTECTED] = ("D.Lgs. 150/2009 art. 9 c.3; D.Lgs. 151/2001; "
				 "L. 104/1992"),
};

/* Causes the law protects, whatever a ruleset calls reducing. */
static const char *const protected_by_law[] = {"MAT", "PAT", "PAR", "L104",
					       NULL};

static struct peg_check *add(struct peg_pay *pay, const struct peg_rules *r,
			     enum peg_legal_check id,
			     enum peg_check_status st, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static struct peg_check *add(struct peg_pay *pay, const struct peg_rules *r,
			     enum peg_legal_check id,
			     enum peg_check_status st, const char *fmt, ...)
{
	if (pay->ncheck == PEG_MAX_CHECKS)
		return NULL;
	struct peg_check *c = &pay->check[pay->ncheck++];
	c->id = id;
	c->level = r->pay.legal.level[id];
	c->status = c->level == PEG_LEVEL_OFF ? PEG_CHECK_NA : st;
	c->reference = reference[id];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(c->message, sizeof(c->message), fmt, ap);
	va_end(ap);
	return c;
}

static const struct peg_pool_res *pool_named(const struct peg_pay *pay,
					     const char *name)
{
	for (size_t i = 0; i < pay->npool; i++)
		if (strcmp(pay->pool[i].pool->name, name) == 0)
			return &pay->pool[i];
	return NULL;
}

static void art68_c3(struct peg_pay *pay, const struct peg_rules *r,
		     const struct peg_runfile *rf)
{
	const struct peg_legal *l = &r->pay.legal;
	const struct peg_pool_res *ind = pool_named(pay, l->individual_pool);
	const struct peg_fund_item *v = peg_runfile_fund(rf, l->variable_key);
	char a[PEG_NUMBUF], b[PEG_NUMBUF], c[PEG_NUMBUF];
	if (!ind || !v) {
		add(pay, r, PEG_LEGAL_ART68_C3, PEG_CHECK_NA,
		    "not verifiable: %s",
		    !ind ? "no individual pool ([legal] individual_pool)"
			 : "[fund] has no variable_resources");
		return;
	}
	/* amount >= min% x variable, exactly: amount x 100 >= min x var */
	int ok = (__int128)ind->amount * PEG_FIX(100) >=
		 (__int128)l->min_individual_share * v->amount;
	add(pay, r, PEG_LEGAL_ART68_C3, ok ? PEG_CHECK_OK : PEG_CHECK_FAIL,
	    "individual pool %s is %s the %s%% of variable resources %s",
	    peg_cents_str(ind->amount, a), ok ? "at least" : "below",
	    peg_fix_str(l->min_individual_share, b),
	    peg_cents_str(v->amount, c));
}

static void funded(struct peg_pay *pay, const struct peg_rules *r)
{
	const struct peg_legal *l = &r->pay.legal;
	const struct peg_pool_res *org = pool_named(pay, l->organizational_pool);
	const struct peg_pool_res *ind = pool_named(pay, l->individual_pool);
	int ok = org && ind && org->amount > 0 && ind->amount > 0;
	add(pay, r, PEG_LEGAL_FUNDED, ok ? PEG_CHECK_OK : PEG_CHECK_FAIL,
	    ok ? "organizational and individual pools are both funded"
	       : "organizational (%s) and individual (%s) pools must both "
		 "exist and be funded",
	    l->organizational_pool, l->individual_pool);
}

static void art69(struct peg_pay *pay, const struct peg_staff *s,
		  const struct peg_rules *r, size_t pi)
{
	const struct peg_pool_res *res = &pay->pool[pi];
	const struct peg_pool *pool = res->pool;
	const struct peg_legal *l = &r->pay.legal;
	char a[PEG_NUMBUF], b[PEG_NUMBUF], c[PEG_NUMBUF];
	if (pool->mag_percent < l->maggiorazione_min) {
		add(pay, r, PEG_LEGAL_ART69, PEG_CHECK_FAIL,
		    "[%s] maggiorazione_percent %s is below the minimum %s%% of "
		    "the average premium",
		    pool->section, peg_fix_str(pool->mag_percent, a),
		    peg_fix_str(l->maggiorazione_min, b));
		return;
	}
	if (res->positive == 0 || res->k == 0) {
		add(pay, r, PEG_LEGAL_ART69, PEG_CHECK_OK,
		    "[%s] no maggiorazione: %zu positively evaluated, quota %s%% "
		    "gives %zu beneficiaries",
		    pool->section, res->positive,
		    peg_fix_str(pool->mag_quota, a), res->k);
		return;
	}
	/* actual average premium of the positively evaluated */
	__int128 sum = 0;
	for (size_t h = 0; h < s->nperson; h++) {
		const struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
		if (pp->positive)
			sum += pp->paid;
	}
	peg_cents avg = (peg_cents)peg_div_round(sum, (__int128)res->positive);
	/* min_bonus >= min% x avg, exactly */
	int ok = (__int128)res->min_bonus * PEG_FIX(100) >=
		 (__int128)l->maggiorazione_min * avg;
	add(pay, r, PEG_LEGAL_ART69, ok ? PEG_CHECK_OK : PEG_CHECK_FAIL,
	    "[%s] %zu beneficiaries of %zu; smallest bonus %s is %s %s%% of the "
	    "actual average premium %s",
	    pool->section, res->k, res->positive,
	    peg_cents_str(res->min_bonus, a), ok ? "at least" : "below",
	    peg_fix_str(l->maggiorazione_min, b), peg_cents_str(avg, c));
}

/* Every payee of the pool got the same amount although scores differ. */
static void undifferentiated(struct peg_pay *pay, const struct peg_staff *s,
			     const struct peg_rules *r, size_t pi)
{
	struct peg_pool_res *res = &pay->pool[pi];
	peg_cents lo = 0, hi = 0;
	peg_fix slo = 0, shi = 0;
	size_t n = 0;
	for (size_t h = 0; h < s->nperson; h++) {
		const struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
		peg_cents t = pp->paid + pp->maggiorazione;
		if (t <= 0)
			continue;
		if (!n || t < lo)
			lo = t;
		if (!n || t > hi)
			hi = t;
		if (!n || pp->score < slo)
			slo = pp->score;
		if (!n || pp->score > shi)
			shi = pp->score;
		n++;
	}
	res->undifferentiated = n >= 2 && hi - lo <= 1 && shi != slo;
	add(pay, r, PEG_LEGAL_UNDIFFERENTIATED,
	    res->undifferentiated ? PEG_CHECK_FAIL : PEG_CHECK_OK,
	    res->undifferentiated
		    ? "[%s] all %zu payees receive the same amount although "
		      "their scores differ"
		    : "[%s] %zu payees: amounts follow the scores",
	    res->pool->section, n);
}

static void protected_absences(struct peg_pay *pay, const struct peg_staff *s,
			       const struct peg_rules *r)
{
	const struct peg_payrules *pr = &r->pay;
	for (size_t i = 0; protected_by_law[i]; i++)
		if (peg_payrules_reducing(pr, protected_by_law[i])) {
			add(pay, r, PEG_LEGAL_PROTECTED, PEG_CHECK_FAIL,
			    "[absences] lists %s (protected by law) as reducing",
			    protected_by_law[i]);
			return;
		}
	add(pay, r, PEG_LEGAL_PROTECTED, PEG_CHECK_OK,
	    "%zu protected absence rows did not reduce any time factor",
	    s->protected_rows);
}

int peg_pay_legal(struct peg_pay *pay, const struct peg_staff *s,
		  const struct peg_rules *r, const struct peg_runfile *rf,
		  struct peg_diag *d)
{
	pay->ncheck = 0;
	art68_c3(pay, r, rf);
	funded(pay, r);
	for (size_t pi = 0; pi < pay->npool; pi++)
		if (pay->pool[pi].pool->has_maggiorazione)
			art69(pay, s, r, pi);
	for (size_t pi = 0; pi < pay->npool; pi++)
		undifferentiated(pay, s, r, pi);
	protected_absences(pay, s, r);

	int failed = 0;
	for (size_t i = 0; i < pay->ncheck; i++) {
		const struct peg_check *c = &pay->check[i];
		if (c->status != PEG_CHECK_FAIL)
			continue;
		if (c->level == PEG_LEVEL_ERROR) {
			peg_fail(d, PEG_ELEGAL, NULL, 0,
				 "legal check failed: %s (%s)", c->message,
				 c->reference);
			failed = 1;
		} else
			peg_warn(d, NULL, 0, "legal check: %s (%s)",
				 c->message, c->reference);
	}
	return failed ? -1 : 0;
}
