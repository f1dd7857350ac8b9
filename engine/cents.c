/*
 * cents.c - the largest-remainder split and cent rounding (cents.h).
 *
 * The leftover cents go to the entries that come first in the order
 * "larger remainder, then earlier entry".  Entries are distinct in that
 * order, so the set of the first `left` is unique: it is found by
 * selection (quickselect, linear on average) rather than by sorting
 * every entry, which gives the same cents for less work.
 */
#include "cents.h"
#include "util.h"

#include <stdlib.h>

/* 1 when a comes before b: larger remainder, then earlier entry. */
static int before(const struct peg_cents_rem *a, const struct peg_cents_rem *b)
{
	if (a->r != b->r)
		return a->r > b->r;
	return a->i < b->i;
}

static void swap(struct peg_cents_rem *a, struct peg_cents_rem *b)
{
	struct peg_cents_rem t = *a;
	*a = *b;
	*b = t;
}

/* Rearranges a[0..n) so that a[0..k) holds the k entries that come first
 * (in some order).  0 < k < n. */
static void select_first(struct peg_cents_rem *a, size_t n, size_t k)
{
	size_t lo = 0, hi = n; /* the boundary k lies in [lo, hi) */
	while (hi - lo > 1) {
		/* median of three as pivot, moved to hi - 1 */
		size_t mid = lo + (hi - lo) / 2, last = hi - 1;
		if (before(&a[mid], &a[lo]))
			swap(&a[mid], &a[lo]);
		if (before(&a[last], &a[lo]))
			swap(&a[last], &a[lo]);
		if (before(&a[mid], &a[last]))
			swap(&a[mid], &a[last]);
		size_t store = lo;
		for (size_t j = lo; j < last; j++)
			if (before(&a[j], &a[last]))
				swap(&a[j], &a[store++]);
		swap(&a[store], &a[last]);
		/* a[lo..store) come before the pivot, a(store..hi) after */
		if (store == k || store + 1 == k)
			return;
		if (k < store)
			hi = store;
		else
			lo = store + 1;
	}
}

int peg_split_cents_with(peg_cents total, const int64_t *w, size_t n,
			 peg_cents *out, unsigned char *extra,
			 struct peg_cents_rem *rem)
{
	__int128 sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += w[i];
	if (sum <= 0 || total < 0)
		return -1;
	peg_cents given = 0;
	for (size_t i = 0; i < n; i++) {
		__int128 num = (__int128)total * w[i];
		out[i] = (peg_cents)(num / sum);
		rem[i].r = num % sum;
		rem[i].i = i;
		given += out[i];
		if (extra)
			extra[i] = 0;
	}
	peg_cents left = total - given; /* < n */
	if (left > 0) {
		if ((size_t)left < n)
			select_first(rem, n, (size_t)left);
		for (peg_cents k = 0; k < left; k++) {
			out[rem[k].i]++;
			if (extra)
				extra[rem[k].i] = 1;
		}
	}
	return 0;
}

int peg_split_cents(peg_cents total, const int64_t *w, size_t n,
		    peg_cents *out, unsigned char *extra)
{
	struct peg_cents_rem *rem = malloc((n ? n : 1) * sizeof(*rem));
	if (!rem)
		return -1;
	int rc = peg_split_cents_with(total, w, n, out, extra, rem);
	free(rem);
	return rc;
}

peg_cents peg_round_div_cents(peg_cents a, size_t n)
{
	return (peg_cents)peg_div_round(a, (__int128)n);
}

peg_cents peg_round_cents(__int128 num, __int128 den)
{
	return (peg_cents)peg_div_round(num, den);
}

void peg_frac_reduce(__int128 *n, __int128 *d)
{
	__int128 x = *n, y = *d;
	while (y) {
		__int128 t = x % y;
		x = y;
		y = t;
	}
	if (x > 1) {
		*n /= x;
		*d /= x;
	}
}

int peg_round_cents_frac(__int128 a, __int128 b, __int128 n, __int128 c,
			 __int128 d, peg_cents *out)
{
	__int128 num, den;
	if (__builtin_mul_overflow(a, b, &num) ||
	    __builtin_mul_overflow(num, n, &num) ||
	    __builtin_mul_overflow(c, d, &den))
		return -1;
	__int128 q = peg_div_round(num, den);
	if (q > INT64_MAX)
		return -1;
	*out = (peg_cents)q;
	return 0;
}
