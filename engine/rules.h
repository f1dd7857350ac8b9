/*
 * rules.h - the ente's methodology (SMVP) as read from an INI rules file
 * (SPEC 2.6): how indicators are scored and aggregated, and (later
 * sections) how the fund is distributed.  Every value is checked at load
 * time and every problem of the file is reported in one pass.
 */
#ifndef PEG_RULES_H
#define PEG_RULES_H

#include "curve.h"
#include "ini.h"
#include "payrules.h"
#include "plan.h"

enum peg_missing { PEG_MISSING_ERROR = 0, PEG_MISSING_ZERO = 1 };

enum peg_aggregate {
	PEG_AGG_WEIGHTED_MEAN = 0,
	PEG_AGG_MIN,
	PEG_AGG_ALL_OR_NOTHING
};
const char *peg_aggregate_name(enum peg_aggregate a);

/* How objectives with incentivized = unknown count for pay. */
enum peg_unknown_policy {
	PEG_UNKNOWN_ERROR = 0, /* refuse to run */
	PEG_UNKNOWN_YES,       /* count them */
	PEG_UNKNOWN_NO         /* leave them out */
};

/* Scoring functions (SPEC 2.4); their table lives in score.c. */
enum peg_fn {
	PEG_FN_RATIO = 0,
	PEG_FN_INVERSE_RATIO,
	PEG_FN_ON_TIME,
	PEG_FN_DEADLINE_LINEAR,
	PEG_FN_BINARY,
	PEG_FN_JUDGEMENT,
	PEG_FN_CURVE,
	PEG_FN_PHASES_ON_TIME,  /* kind phases: share of phases on time */
	PEG_FN_PHASES_LINEAR,   /* kind phases: mean deadline_linear */
	PEG_FN_COUNT_
};

/* How indicators of one kind are scored. */
struct peg_kind_rule {
	enum peg_fn fn;
	peg_fix cap;            /* score ceiling, percent */
	peg_fix floor;          /* a ratio below it scores 0 */
	long grace_days;        /* deadlines and phases */
	long zero_after_days;   /* deadline_linear, phases_linear: 0 this
				 * long after grace */
	struct peg_curve curve; /* fn == PEG_FN_CURVE */
	char section[32];       /* "kind count", or "scoring" if defaulted */
	long line;              /* line of the section, 0 = built-in */
};

struct peg_rules {
	char *path;                  /* owned, for messages */
	enum peg_missing missing;    /* a plan indicator with no verification */
	peg_fix cap, floor;          /* [scoring] defaults for every kind */
	enum peg_unknown_policy unknown_incentivized;
	struct peg_kind_rule kind[PEG_KIND_COUNT_];
	enum peg_aggregate aggregate;
	long aggregate_line;
	struct peg_payrules pay;     /* distribution sections */
	/* Overrides read with the file (peg_rules_load_with): lines past
	 * nlines are theirs (see peg_rules_blame). */
	long nlines;
	const struct peg_ini_override *ov; /* borrowed */
	size_t nov;
};

/*
 * peg_rules_load - read a rules file.  Unknown sections and keys, bad
 * values, curves whose x decreases, functions that do not fit their kind:
 * all are reported together (PEG_ERULES) and then -1 is returned.
 * Release with peg_rules_release in every case.
 */
int peg_rules_load(struct peg_rules *r, const char *path,
		   struct peg_diag *d);
/*
 * peg_rules_load_with - the same with overrides applied to the file
 * before it is checked (ini.h: peg_ini_load_with); problems of an
 * override name where it was written.
 */
int peg_rules_load_with(struct peg_rules *r, const char *path,
			const struct peg_ini_override *ov, size_t nov,
			struct peg_diag *d);
/* Diagnostics d->item[from..] found later (e.g. by the distribution) at
 * an override's line name where the override was written. */
void peg_rules_blame(const struct peg_rules *r, struct peg_diag *d,
		     size_t from);
/* The built-in defaults, as if from an empty file. */
int peg_rules_defaults(struct peg_rules *r, struct peg_diag *d);
void peg_rules_release(struct peg_rules *r);

#endif
