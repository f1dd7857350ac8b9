/*
 * pay.h - the distribution stage (SPEC 3): components, eligibility, time
 * factor, area parameter, curve, points, share and budget modes, the
 * art. 69 maggiorazione, residual policies, cents, conservation.
 *
 * All money is integer cents; every intermediate value is kept in the
 * results so that outputs, trace and explanations are written from them.
 * Fixed-point scales: scores and factors 1e-6 (percent), time factors
 * 1e-9, points 1e-12.
 */
#ifndef PEG_PAY_H
#define PEG_PAY_H

#include "msg.h"
#include "rules.h"
#include "runfile.h"
#include "score.h"
#include "staff.h"

#define PEG_T_ONE INT64_C(1000000000)       /* time factor 1 */
#define PEG_POINTS_ONE INT64_C(1000000000000) /* 1 point */

/* Built-in component indices; evaluation component k is 3 + k. */
enum { PEG_C_ENTE = 0, PEG_C_SECTOR = 1, PEG_C_OBJECTIVES = 2, PEG_C_EVAL = 3 };

struct peg_comp_val {
	peg_fix v;
	unsigned char has;
};

/* One position in one pool. */
struct peg_pp {
	unsigned char in_area;    /* its area takes part in the pool */
	unsigned char eligible;
	unsigned char extra_cent; /* got a leftover cent of the split */
	unsigned char redist_cent;
	const char *reason;       /* why not eligible; NULL when eligible */
	unsigned char has_score;
	peg_fix score;            /* pool score, percent */
	peg_fix factor;           /* curve output, percent */
	long band;                /* bands curve: band index, or -1 */
	int64_t t9;               /* time factor x 1e9 */
	int64_t points;           /* x 1e12 */
	peg_cents max;            /* budget: full-time full-year premium */
	peg_cents budget_t;       /* budget: round2(max x t) */
	peg_cents gross;          /* budget: round2(max x t x factor/100) */
	peg_cents paid;           /* share: the split; budget: after share */
	peg_cents redistributed;  /* economies shared again */
};

/* One person in one pool. */
struct peg_ppers {
	peg_cents paid;           /* Σ of its positions' paid + redistributed */
	peg_cents maggiorazione;
	peg_fix score;            /* days-weighted score of eligible positions */
	unsigned char positive;   /* eligible in some position: counts in N */
	unsigned char beneficiary;/* receives the maggiorazione */
	unsigned char tied;       /* shares it with ties at the boundary */
};

struct peg_pool_res {
	const struct peg_pool *pool;
	peg_cents amount;         /* from the run file's [fund] */
	long amount_line;
	peg_cents maggiorazione;  /* carved out before the distribution */
	peg_cents base;           /* amount - maggiorazione */
	peg_cents paid;           /* Σ paid, without redistributed */
	peg_cents redistributed;
	peg_cents economies;      /* returned to the ente */
	size_t eligible;          /* positions */
	size_t positive;          /* N: persons positively evaluated */
	size_t k;                 /* art. 69 beneficiaries' slots */
	size_t tied;              /* persons sharing the boundary slots */
	peg_cents bonus;          /* a full art. 69 bonus */
	peg_cents min_bonus;      /* the smallest bonus received */
	__int128 sum_ct;          /* budget parameter mode: Σ c·t, 1e-15 */
	size_t payees;            /* persons paid > 0 in this pool */
	int undifferentiated;     /* every payee got the same */
};

enum peg_check_status { PEG_CHECK_OK = 0, PEG_CHECK_FAIL, PEG_CHECK_NA };

#define PEG_CHECK_ARGS 6

struct peg_check {
	enum peg_legal_check id;
	enum peg_check_status status;
	enum peg_level level;
	const char *reference;  /* legal reference */
	char message[320];      /* what was checked, with the figures, in
				 * English (diagnostics) */
	enum peg_msg msg;       /* the same as a template of the message
				 * table, for summaries and reports ... */
	struct peg_msg_arg arg[PEG_CHECK_ARGS]; /* ... with its figures */
	size_t narg;
};

/* What a check verified, in lang, figures spelled for people. */
char *peg_check_text(const struct peg_check *c, enum peg_lang lang,
		     char *buf, size_t size);

#define PEG_MAX_CHECKS 32

struct peg_pay_scratch; /* buffers of the distribution, private to pay.c */

struct peg_pay {
	size_t npos, nperson, npool, ncomp;
	struct peg_comp_val *comp;   /* npos x ncomp */
	struct peg_pp *pp;           /* npos x npool */
	struct peg_ppers *pers;      /* nperson x npool */
	struct peg_pool_res *pool;   /* npool */
	peg_cents *person_total;     /* nperson: Σ pools */
	struct peg_check check[PEG_MAX_CHECKS];
	size_t ncheck;
	struct peg_pay_scratch *scratch; /* owned; kept between evaluations */
	int whole;   /* the last evaluation succeeded: pools that do not
			depend on the scores can be kept */
};

/* One term of a pool score with its fallbacks resolved to component
 * indices: chain[0] is the term's own component, then its fallbacks. */
struct peg_pay_term {
	const char *name;  /* as in the rules, for messages */
	peg_fix weight;
	long chain[4];     /* component indices to try in turn; -1 none */
	int nchain;
};

struct peg_pay_spec {
	struct peg_pay_term *term;
	size_t nterm;
};

/* What does not change when only the scores change: one per position
 * and pool. */
struct peg_pay_fixed {
	unsigned char in_area;
	const char *reason;             /* area, exclusion, min_days; or NULL */
	const struct peg_pay_spec *spec; /* its score (area override or not) */
	int64_t t9;                     /* time factor x 1e9 */
};

/*
 * A distribution prepared once for a staff, a plan, rules and a run file:
 * references resolved, amounts found, time factors computed.  Each
 * evaluation then only turns scores into money (peg_pay_eval); the
 * prepared form is read-only there and may be shared by threads.
 */
struct peg_pay_prep {
	const struct peg_staff *s;
	const struct peg_plan *p;
	const struct peg_rules *r;
	const struct peg_runfile *rf;
	size_t npos, nperson, npool, ncomp;
	struct peg_comp_val *comp_base; /* npos x ncomp: evaluations only */
	long *pos_sector;     /* npos: index into scores.sec, or -1 */
	size_t *pos_group;    /* npos: index of its settore among positions' */
	size_t ngroup;
	peg_cents *amount;    /* npool */
	long *amount_line;
	struct peg_pay_spec *spec; /* per pool: default, then score.AREA */
	size_t *spec_start;   /* npool + 1 */
	struct peg_pay_fixed *fixed; /* npos x npool */
	unsigned char *varies;  /* npool: its score reads ente, sector or
				   objectives; else it is the same whatever
				   the scores */
};

/*
 * peg_pay_prepare - prepare the distribution of every pool of the rules.
 * Fails with PEG_ERULES when a pool names an unknown component or the run
 * file lacks a pool's amount (every such problem is reported).  sc gives
 * the settori (any scoring of plan p).  s, p, r and rf are borrowed and
 * must outlive pp.  Release with peg_pay_prep_release in every case.
 */
int peg_pay_prepare(struct peg_pay_prep *pp, const struct peg_staff *s,
		    const struct peg_plan *p, const struct peg_scores *sc,
		    const struct peg_rules *r, const struct peg_runfile *rf,
		    struct peg_diag *d);
void peg_pay_prep_release(struct peg_pay_prep *pp);

/*
 * peg_pay_eval - distribute with scores sc (of the plan pp was prepared
 * with) into pay, which is zeroed ({0}) before its first evaluation and
 * reused afterwards, always with the same pp: memory is allocated only
 * the first time, and a pool whose score reads no achievement (only
 * evaluations) keeps what the previous successful evaluation computed,
 * which is what it would compute again.  Fails as peg_pay_compute does.
 * Release pay with peg_pay_release.
 */
int peg_pay_eval(struct peg_pay *pay, const struct peg_pay_prep *pp,
		 const struct peg_scores *sc, struct peg_diag *d);

/*
 * peg_pay_conserved - the conservation law of the whole result, re-summed
 * from the amounts as they are written (positions, persons, pools): for
 * every pool, the positions' paid and redistributed add up to the
 * persons' paid and to the pool's; the persons' maggiorazione to the
 * pool's; amount = paid + redistributed + maggiorazione + economies;
 * economies >= 0, and 0 in a share pool where anyone is eligible; no
 * amount is negative; every person's total is the sum over the pools.
 * peg_pay_eval calls it last.  Fails with PEG_ECONSERVATION naming the
 * pool or the person (an internal error).
 */
int peg_pay_conserved(const struct peg_pay *pay, const struct peg_staff *s,
		      struct peg_diag *d);

/*
 * peg_time_fraction - position q's time factor in pool as the exact
 * fraction *num / *den (README of rules/: the time factor); pp->t9 is it
 * rounded to 9 decimals.  Budget amounts are computed from the fraction,
 * so that they are rounded once, on the exact value.
 */
void peg_time_fraction(const struct peg_position *q,
		       const struct peg_person *pe,
		       const struct peg_pool *pool, int diy, __int128 *num,
		       __int128 *den);

static inline struct peg_pp *peg_pp_at(const struct peg_pay *p, size_t pos,
				       size_t pool)
{
	return &p->pp[pos * p->npool + pool];
}

static inline struct peg_ppers *peg_ppers_at(const struct peg_pay *p,
					     size_t person, size_t pool)
{
	return &p->pers[person * p->npool + pool];
}

/* Name of component index c ("ente", ..., or an evaluation's). */
const char *peg_pay_component_name(const struct peg_staff *s, size_t c);

/*
 * peg_pay_compute - distribute every pool of the rules.  Fails with
 * PEG_ERULES (a pool names an unknown component, the run file lacks a
 * pool's amount, the maggiorazione exceeds the pool), PEG_EDATA (an
 * employee lacks a component the pool needs; budget premiums exceed the
 * pool), PEG_ECONSERVATION (a pool does not balance to the cent: a bug).
 * Release with peg_pay_release.
 */
int peg_pay_compute(struct peg_pay *pay, const struct peg_staff *s,
		    const struct peg_plan *p, const struct peg_scores *sc,
		    const struct peg_rules *r, const struct peg_runfile *rf,
		    struct peg_diag *d);
void peg_pay_release(struct peg_pay *pay);

/*
 * peg_pay_legal - run the legal checks of SPEC 3.7 on a computed
 * distribution, store them in pay->check; a failed check at level error
 * is reported (PEG_ELEGAL) and makes the function return -1.
 */
int peg_pay_legal(struct peg_pay *pay, const struct peg_staff *s,
		  const struct peg_rules *r, const struct peg_runfile *rf,
		  struct peg_diag *d);

#endif
