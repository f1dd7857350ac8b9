/*
 * draw.c - random draws and quantiles through GSL (see draw.h).
 *
 * GSL's error handler is off (peg_gsl_init); nothing here can raise an
 * error: the generator and the distributions do not fail once allocated,
 * and quantiles are only asked of non-empty data.
 */
#include "draw.h"

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct peg_rng {
	gsl_rng *r;
};

struct peg_rng *peg_rng_new(void)
{
	struct peg_rng *g = malloc(sizeof(*g));
	if (!g)
		return NULL;
	g->r = gsl_rng_alloc(gsl_rng_mt19937);
	if (!g->r) {
		free(g);
		return NULL;
	}
	return g;
}

void peg_rng_free(struct peg_rng *g)
{
	if (!g)
		return;
	gsl_rng_free(g->r);
	free(g);
}

/* splitmix64's finaliser: every bit of the seed moves every bit. */
static uint64_t mix(uint64_t x)
{
	x += 0x9E3779B97F4A7C15ULL;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
	return x ^ (x >> 31);
}

uint32_t peg_rng_draw_seed(uint64_t seed, uint64_t draw)
{
	return (uint32_t)(1 + (mix(seed) + draw) % 0xFFFFFFFFULL);
}

void peg_rng_seed(struct peg_rng *g, uint64_t seed, uint64_t draw)
{
	gsl_rng_set(g->r, peg_rng_draw_seed(seed, draw));
}

/* The triangular distribution on [a, b] with peak c, at u in [0, 1). */
static double triangular(double u, double a, double c, double b)
{
	double f = (c - a) / (b - a);
	if (u < f)
		return a + sqrt(u * (b - a) * (c - a));
	return b - sqrt((1 - u) * (b - a) * (b - c));
}

double peg_rng_draw(struct peg_rng *g, enum peg_dist dist, double lo,
		    double mode, double hi)
{
	if (!(hi > lo))
		return lo;
	switch (dist) {
	case PEG_DIST_TRIANGULAR:
		return triangular(gsl_rng_uniform(g->r), lo, mode, hi);
	case PEG_DIST_NORMAL: {
		double sd = (hi - lo) / 6;
		/* At least half of the mass lies in [lo, hi]: the loop ends
		 * after two tries on average; the bound only guards the
		 * impossible. */
		for (int i = 0; i < 1000; i++) {
			double x = mode + gsl_ran_gaussian_ziggurat(g->r, sd);
			if (x >= lo && x <= hi)
				return x;
		}
		return mode;
	}
	default:
		return gsl_ran_flat(g->r, lo, hi);
	}
}

/* Byte `shift / 8` of v's offset from lo. */
static unsigned digit(int64_t v, int64_t lo, int shift)
{
	return (unsigned)((((uint64_t)v - (uint64_t)lo) >> shift) & 0xFF);
}

/* LSD radix sort on the offsets from the minimum, a byte at a time, only
 * as many bytes as the range needs. */
void peg_sort_i64(int64_t *v, int64_t *tmp, size_t n)
{
	if (n < 2)
		return;
	int64_t lo = v[0], hi = v[0];
	for (size_t i = 1; i < n; i++) {
		if (v[i] < lo)
			lo = v[i];
		if (v[i] > hi)
			hi = v[i];
	}
	uint64_t range = (uint64_t)hi - (uint64_t)lo;
	int64_t *src = v, *dst = tmp;
	for (int shift = 0; shift < 64 && (range >> shift) != 0; shift += 8) {
		size_t count[257];
		memset(count, 0, sizeof(count));
		for (size_t i = 0; i < n; i++)
			count[digit(src[i], lo, shift) + 1]++;
		for (int k = 0; k < 256; k++)
			count[k + 1] += count[k];
		for (size_t i = 0; i < n; i++)
			dst[count[digit(src[i], lo, shift)]++] = src[i];
		int64_t *t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof(*v));
}

void peg_quantile_prepare(const int64_t *sorted, size_t n, double *dbl)
{
	for (size_t i = 0; i < n; i++)
		dbl[i] = (double)sorted[i];
}

int64_t peg_quantile_i64(const double *dbl, size_t n, double f)
{
	double q = gsl_stats_quantile_from_sorted_data(dbl, 1, n, f);
	return (int64_t)(q < 0 ? -floor(-q + 0.5) : floor(q + 0.5));
}
