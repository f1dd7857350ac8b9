/*
 * draw.h - random draws and quantiles for simulate, through GSL: the
 * generator (gsl_rng_mt19937), the distributions of an uncertain actual
 * value (gsl_ran_*), and quantiles of sorted data
 * (gsl_stats_quantile_from_sorted_data).  With curve.c, the only module
 * that includes GSL headers.
 */
#ifndef PEG_DRAW_H
#define PEG_DRAW_H

#include <stddef.h>
#include <stdint.h>

#include "verif.h"

struct peg_rng; /* one generator; one per thread */

/* A new Mersenne Twister (gsl_rng_mt19937); NULL out of memory. */
struct peg_rng *peg_rng_new(void);
void peg_rng_free(struct peg_rng *g);

/*
 * peg_rng_seed - seed g for draw number `draw` of a simulation seeded
 * with `seed`: 1 + (splitmix64(seed) + draw) mod (2^32 - 1), so that the
 * draws of one simulation have distinct 32-bit seeds (mt19937 takes 32
 * bits), none of them 0 (which GSL would replace by its default), and a
 * draw's numbers depend only on (seed, draw), never on the thread that
 * computes it.
 */
void peg_rng_seed(struct peg_rng *g, uint64_t seed, uint64_t draw);
/* The 32-bit seed peg_rng_seed gives draw `draw`. */
uint32_t peg_rng_draw_seed(uint64_t seed, uint64_t draw);

/*
 * peg_rng_draw - a value of [lo, hi] drawn with distribution dist whose
 * peak (triangular) or mean (normal) is mode, lo <= mode <= hi:
 *   uniform     gsl_ran_flat(lo, hi)
 *   triangular  the inverse of its distribution function at
 *               gsl_rng_uniform
 *   normal      mode + gsl_ran_gaussian_ziggurat(sd), sd = (hi - lo)/6,
 *               drawn again until it falls in [lo, hi]
 * lo == hi returns lo without using the generator.
 */
double peg_rng_draw(struct peg_rng *g, enum peg_dist dist, double lo,
		    double mode, double hi);

/* Sorts v[0..n) ascending (radix sort; tmp holds n entries). */
void peg_sort_i64(int64_t *v, int64_t *tmp, size_t n);

/*
 * peg_quantile_i64 - the f-quantile (0 <= f <= 1) of sorted[0..n), n > 0,
 * by gsl_stats_quantile_from_sorted_data (linear between the order
 * statistics around f x (n - 1)), rounded half away from zero to an
 * integer.  dbl holds n doubles: the data as GSL reads them, filled by
 * peg_quantile_prepare.
 */
void peg_quantile_prepare(const int64_t *sorted, size_t n, double *dbl);
int64_t peg_quantile_i64(const double *dbl, size_t n, double f);

#endif
