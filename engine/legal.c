/*
 * legal.c - the legal checks of SPEC 3.7 on a computed distribution.
 *
 * Each check records what it verified, with the figures and its legal
 * reference, for the summary; the rules' [legal] section sets whether a
 * failure is an error (the run stops, exit code 5), a warning or off.
 * The words come from the message table (msg.h): the diagnostics use its
 * English, summaries and reports the run's language.
 */
#include "pay.h"

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

/* The figures of a message, by kind. */
static struct peg_msg_arg T(const char *s)
{
	return (struct peg_msg_arg){PEG_ARG_TEXT, s, 0};
}

static struct peg_msg_arg C(peg_cents v)
{
	return (struct peg_msg_arg){PEG_ARG_CENTS, NULL, v};
}

static struct peg_msg_arg X(peg_fix v)
{
	return (struct peg_msg_arg){PEG_ARG_FIX, NULL, v};
}

static struct peg_msg_arg N(size_t v)
{
	return (struct peg_msg_arg){PEG_ARG_COUNT, NULL, (int64_t)v};
}

/* Records a check: its message template and figures (text arguments are
 * borrowed from the rules or static), and the English text of the
 * diagnostics. */
static void add(struct peg_pay *pay, const struct peg_rules *r,
		enum peg_legal_check id, enum peg_check_status st,
		enum peg_msg msg, const struct peg_msg_arg *arg, size_t narg)
{
	if (pay->ncheck == PEG_MAX_CHECKS)
		return;
	struct peg_check *c = &pay->check[pay->ncheck++];
	c->id = id;
	c->level = r->pay.legal.level[id];
	c->status = c->level == PEG_LEVEL_OFF ? PEG_CHECK_NA : st;
	c->reference = reference[id];
	c->msg = msg;
	c->narg = narg < PEG_CHECK_ARGS ? narg : PEG_CHECK_ARGS;
	for (size_t i = 0; i < c->narg; i++)
		c->arg[i] = arg[i];
	peg_msg_fill(PEG_LANG_EN, PEG_MSG_PLAIN, msg, c->arg, c->narg,
		     c->message, sizeof(c->message));
}

#define ARGS(...) (const struct peg_msg_arg[]){__VA_ARGS__}, \
	PEG_COUNT(((const struct peg_msg_arg[]){__VA_ARGS__}))

char *peg_check_text(const struct peg_check *c, enum peg_lang lang,
		     char *buf, size_t size)
{
	return peg_msg_fill(lang, PEG_MSG_DISPLAY, c->msg, c->arg, c->narg,
			    buf, size);
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
	if (!ind || !v) {
		add(pay, r, PEG_LEGAL_ART68_C3, PEG_CHECK_NA,
		    !ind ? M_LEGAL_ART68_NO_POOL : M_LEGAL_ART68_NO_VAR, NULL,
		    0);
		return;
	}
	/* amount >= min% x variable, exactly: amount x 100 >= min x var */
	int ok = (__int128)ind->amount * PEG_FIX(100) >=
		 (__int128)l->min_individual_share * v->amount;
	add(pay, r, PEG_LEGAL_ART68_C3, ok ? PEG_CHECK_OK : PEG_CHECK_FAIL,
	    ok ? M_LEGAL_ART68_OK : M_LEGAL_ART68_FAIL,
	    ARGS(C(ind->amount), X(l->min_individual_share), C(v->amount)));
}

static void funded(struct peg_pay *pay, const struct peg_rules *r)
{
	const struct peg_legal *l = &r->pay.legal;
	const struct peg_pool_res *org = pool_named(pay, l->organizational_pool);
	const struct peg_pool_res *ind = pool_named(pay, l->individual_pool);
	int ok = org && ind && org->amount > 0 && ind->amount > 0;
	add(pay, r, PEG_LEGAL_FUNDED, ok ? PEG_CHECK_OK : PEG_CHECK_FAIL,
	    ok ? M_LEGAL_FUNDED_OK : M_LEGAL_FUNDED_FAIL,
	    ARGS(T(l->organizational_pool), T(l->individual_pool)));
}

static void art69(struct peg_pay *pay, const struct peg_staff *s,
		  const struct peg_rules *r, size_t pi)
{
	const struct peg_pool_res *res = &pay->pool[pi];
	const struct peg_pool *pool = res->pool;
	const struct peg_legal *l = &r->pay.legal;
	if (pool->mag_percent < l->maggiorazione_min) {
		add(pay, r, PEG_LEGAL_ART69, PEG_CHECK_FAIL,
		    M_LEGAL_ART69_PERCENT,
		    ARGS(T(pool->section), X(pool->mag_percent),
			 X(l->maggiorazione_min)));
		return;
	}
	if (res->positive == 0 || res->k == 0) {
		add(pay, r, PEG_LEGAL_ART69, PEG_CHECK_OK, M_LEGAL_ART69_NONE,
		    ARGS(T(pool->section), N(res->positive),
			 X(pool->mag_quota), N(res->k)));
		return;
	}
	/* actual average premium of the positively evaluated, and how many
	 * of them receive a bonus (ties shared may reach everyone) */
	__int128 sum = 0;
	size_t receive = 0;
	for (size_t h = 0; h < s->nperson; h++) {
		const struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
		if (pp->positive) {
			sum += pp->paid;
			receive += pp->maggiorazione > 0;
		}
	}
	if (receive == res->positive) {
		add(pay, r, PEG_LEGAL_ART69, PEG_CHECK_FAIL, M_LEGAL_ART69_ALL,
		    ARGS(T(pool->section), N(res->positive)));
		return;
	}
	peg_cents avg = (peg_cents)peg_div_round(sum, (__int128)res->positive);
	/* min_bonus >= min% x avg, exactly */
	int ok = (__int128)res->min_bonus * PEG_FIX(100) >=
		 (__int128)l->maggiorazione_min * avg;
	add(pay, r, PEG_LEGAL_ART69, ok ? PEG_CHECK_OK : PEG_CHECK_FAIL,
	    ok ? M_LEGAL_ART69_OK : M_LEGAL_ART69_FAIL,
	    ARGS(T(pool->section), N(res->k), N(res->positive),
		 C(res->min_bonus), X(l->maggiorazione_min), C(avg)));
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
	    res->undifferentiated ? M_LEGAL_UNDIFF_FAIL : M_LEGAL_UNDIFF_OK,
	    ARGS(T(res->pool->section), N(n)));
}

static void protected_absences(struct peg_pay *pay, const struct peg_staff *s,
			       const struct peg_rules *r)
{
	const struct peg_payrules *pr = &r->pay;
	for (size_t i = 0; protected_by_law[i]; i++)
		if (peg_payrules_reducing(pr, protected_by_law[i])) {
			add(pay, r, PEG_LEGAL_PROTECTED, PEG_CHECK_FAIL,
			    M_LEGAL_PROTECTED_FAIL,
			    ARGS(T(protected_by_law[i])));
			return;
		}
	add(pay, r, PEG_LEGAL_PROTECTED, PEG_CHECK_OK, M_LEGAL_PROTECTED_OK,
	    ARGS(N(s->protected_rows)));
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
		if (c->status == PEG_CHECK_NA && c->level == PEG_LEVEL_WARNING)
			peg_warn(d, NULL, 0, "legal check %s (%s)", c->message,
				 c->reference);
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
