/*
 * curve.h - piecewise-linear curves given as "x:y" points (SPEC 2.4 and
 * 3.3), evaluated with GSL's linear interpolation.
 *
 * x must not decrease; a repeated x is a vertical step and the curve is
 * right-continuous there (it takes the later point's y).  Below the first
 * x the first y holds, above the last x the last y.  GSL wants strictly
 * increasing x, so each run between steps is its own interpolation.
 * The only module that includes GSL's interpolation headers.
 */
#ifndef PEG_CURVE_H
#define PEG_CURVE_H

#include <stddef.h>

#include "num.h"

struct peg_curve_seg; /* one GSL interpolation over a strictly rising run */

struct peg_curve {
	size_t n;                    /* points */
	peg_fix *x, *y;              /* owned */
	double *dx, *dy;             /* the same as doubles, for GSL */
	struct peg_curve_seg *seg;   /* owned */
	size_t nseg;
};

/*
 * peg_curve_parse - read "x:y, x:y, ..." (point decimals).  On a syntax
 * error, fewer than 2 points or x decreasing, returns -1 with *why static
 * text and *at the 1-based position of the offending point.
 * Release with peg_curve_release in every case.
 */
int peg_curve_parse(struct peg_curve *c, const char *text, const char **why,
		    size_t *at);
/* Builds the GSL interpolations; -1 out of memory or GSL failure. */
int peg_curve_prepare(struct peg_curve *c);
/* The curve at x, rounded to a fixed value. */
peg_fix peg_curve_eval(const struct peg_curve *c, peg_fix x);
/* Largest y of the curve. */
peg_fix peg_curve_max(const struct peg_curve *c);
void peg_curve_release(struct peg_curve *c);
/* Turns GSL's abort-on-error handler off (once per process; any thread
 * may call it, any number of times). */
void peg_gsl_init(void);

#endif
