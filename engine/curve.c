/*
 * curve.c - piecewise-linear curves through GSL (see curve.h).
 *
 * A curve owns its points and one gsl_interp per strictly increasing run
 * of points; a run of a single point (between two steps) is a constant.
 * Evaluation is read-only, so one curve may be shared by threads.
 */
#include "curve.h"
#include "util.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_interp.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct peg_curve_seg {
	size_t first, n;    /* points [first, first+n) */
	gsl_interp *interp; /* NULL when n == 1 */
};

static pthread_once_t gsl_once = PTHREAD_ONCE_INIT;

static void gsl_handler_off(void)
{
	gsl_set_error_handler_off();
}

/* GSL's handler is one global: set it once, whatever thread asks first,
 * so that runs loaded in parallel never write it concurrently. */
void peg_gsl_init(void)
{
	pthread_once(&gsl_once, gsl_handler_off);
}

int peg_curve_parse(struct peg_curve *c, const char *text, const char **why,
		    size_t *at)
{
	memset(c, 0, sizeof(*c));
	*at = 0;
	size_t cap = 0;
	const char *p = text;

	for (;;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char item[64];
		(*at)++;
		if (len >= sizeof(item)) {
			*why = "point too long";
			return -1;
		}
		memcpy(item, p, len);
		item[len] = '\0';
		char *colon = strchr(item, ':');
		if (!colon) {
			*why = "expected x:y";
			return -1;
		}
		*colon = '\0';
		peg_fix x, y;
		const char *w;
		if (peg_parse_fix(item, PEG_DEC_POINT, 0, &x, NULL, &w) ||
		    peg_parse_fix(colon + 1, PEG_DEC_POINT, 0, &y, NULL, &w)) {
			*why = "expected x:y with numbers";
			return -1;
		}
		if (c->n && x < c->x[c->n - 1]) {
			*why = "x must not decrease";
			return -1;
		}
		if (c->n >= 2 && x == c->x[c->n - 1] && x == c->x[c->n - 2]) {
			*why = "at most two points may share an x";
			return -1;
		}
		if (c->n == cap) {
			cap = cap ? cap * 2 : 8;
			peg_fix *nx = realloc(c->x, cap * sizeof(*nx));
			if (!nx) {
				*why = "out of memory";
				return -1;
			}
			c->x = nx;
			peg_fix *ny = realloc(c->y, cap * sizeof(*ny));
			if (!ny) {
				*why = "out of memory";
				return -1;
			}
			c->y = ny;
		}
		c->x[c->n] = x;
		c->y[c->n] = y;
		c->n++;
		if (!end)
			break;
		p = end + 1;
	}
	if (c->n < 2) {
		*why = "a curve needs at least two points";
		return -1;
	}
	return 0;
}

int peg_curve_prepare(struct peg_curve *c)
{
	c->dx = malloc(c->n * sizeof(*c->dx));
	c->dy = malloc(c->n * sizeof(*c->dy));
	c->seg = calloc(c->n, sizeof(*c->seg));
	if (!c->dx || !c->dy || !c->seg)
		return -1;
	for (size_t i = 0; i < c->n; i++) {
		c->dx[i] = peg_fix_to_double(c->x[i]);
		c->dy[i] = peg_fix_to_double(c->y[i]);
	}
	size_t start = 0;
	for (size_t i = 1; i <= c->n; i++) {
		if (i < c->n && c->x[i] != c->x[i - 1])
			continue;
		struct peg_curve_seg *s = &c->seg[c->nseg++];
		s->first = start;
		s->n = i - start;
		if (s->n >= 2) {
			s->interp = gsl_interp_alloc(gsl_interp_linear, s->n);
			if (!s->interp ||
			    gsl_interp_init(s->interp, c->dx + start,
					    c->dy + start, s->n) != GSL_SUCCESS)
				return -1;
		}
		start = i;
	}
	return 0;
}

peg_fix peg_curve_eval(const struct peg_curve *c, peg_fix x)
{
	if (x < c->x[0])
		return c->y[0];
	if (x >= c->x[c->n - 1])
		return c->y[c->n - 1];
	/* The last segment starting at or before x: right-continuous. */
	size_t k = 0;
	for (size_t i = 0; i < c->nseg; i++)
		if (c->x[c->seg[i].first] <= x)
			k = i;
	const struct peg_curve_seg *s = &c->seg[k];
	size_t last = s->first + s->n - 1;
	/* Runs meet at the repeated x, so x lies inside run k. */
	if (s->n == 1)
		return c->y[last];
	double y;
	if (gsl_interp_eval_e(s->interp, c->dx + s->first, c->dy + s->first,
			      peg_fix_to_double(x), NULL, &y) != GSL_SUCCESS)
		return c->y[last];
	return peg_fix_from_double(y);
}

peg_fix peg_curve_max(const struct peg_curve *c)
{
	peg_fix m = c->y[0];
	for (size_t i = 1; i < c->n; i++)
		if (c->y[i] > m)
			m = c->y[i];
	return m;
}

void peg_curve_release(struct peg_curve *c)
{
	if (c->seg)
		for (size_t i = 0; i < c->nseg; i++)
			gsl_interp_free(c->seg[i].interp);
	free(c->seg);
	free(c->x);
	free(c->y);
	free(c->dx);
	free(c->dy);
	memset(c, 0, sizeof(*c));
}
