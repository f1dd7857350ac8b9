/*
 * verif.h - the verification file (verifiche, SPEC 2.3): the actual value
 * of each indicator for a year, with its status and note.
 */
#ifndef PEG_VERIF_H
#define PEG_VERIF_H

#include "plan.h"

enum peg_vstatus {
	PEG_VS_MEASURED = 0,
	PEG_VS_NEUTRALIZED,
	PEG_VS_JUDGEMENT,
	PEG_VS_NOT_DUE,
	PEG_VS_MISSING, /* no row: never read from the file */
	PEG_VS_COUNT_
};
const char *peg_vstatus_name(enum peg_vstatus s);

/* How `simulate` draws an uncertain actual value within its range. */
enum peg_dist {
	PEG_DIST_UNIFORM = 0, /* every value of [low, high] alike */
	PEG_DIST_TRIANGULAR,  /* peak at the actual value */
	PEG_DIST_NORMAL,      /* mean actual, sd (high - low)/6, truncated */
	PEG_DIST_COUNT_
};
const char *peg_dist_name(enum peg_dist d);
/* -1 when the name is not a distribution. */
int peg_dist_parse(const char *name);

struct peg_verif {
	size_t indicator;      /* index into plan.ind */
	int year;
	enum peg_vstatus status;
	int has_actual;
	peg_fix actual;        /* numbers, yes/no (1/0), judgement 0-100 */
	peg_date actual_date;  /* deadline kind */
	const char *actual_raw, *note, *evidence;
	/* Uncertainty for simulate (columns actual_low, actual_high,
	 * distribution): only measured numbers and deadlines, with
	 * low <= actual <= high. */
	int has_range;
	peg_fix low, high;             /* numeric kinds */
	peg_date low_date, high_date;  /* deadlines */
	enum peg_dist dist;
	long line;
};

struct peg_verifs {
	struct peg_arena arena;
	char *path;
	struct peg_verif *v;   /* rows with a target in the plan (every
				* year), sorted by indicator row */
	size_t n;
	long *by_indicator;    /* plan.nind entries: index into v, or -1 */
	size_t other_years;    /* rows for other years (not scored) */
};

/*
 * peg_verifs_load - read the verification file for year `year` against
 * plan p.  Every row is checked (an unknown indicator or a duplicate is an
 * error, whatever its year); rows of the run year must have a target in
 * the plan; rows of other years are counted, and kept with their value
 * checked when the plan has a target for their year (multi-year
 * progress), never scored in the run.
 * Release with peg_verifs_release in every case.
 */
int peg_verifs_load(struct peg_verifs *vs, const char *path,
		    const struct peg_plan *p, int year,
		    const struct peg_csv_opts *o, struct peg_diag *d);
void peg_verifs_release(struct peg_verifs *vs);

#endif
