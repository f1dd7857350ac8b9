/*
 * cents.c - the largest-remainder split and cent rounding (cents.h).
 */
#include "cents.h"
#include "util.h"

#include <stdlib.h>

struct rem {
	__int128 r; /* remainder of total·w over Σw */
	size_t i;   /* entry */
};

static int cmp_rem(const void *a, const void *b)
{
	const struct rem *x = a, *y = b;
	if (x->r != y->r)
		return x->r < y->r ? 1 : -1; /* larger remainder first */
	return (x->i > y->i) - (x->i < y->i);  /* then the earlier entry */
}

int peg_split_cents(peg_cents total, const int64_t *w, size_t n,
		    peg_cents *out, unsigned char *extra)
{
	__int128 sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += w[i];
	if (sum <= 0 || total < 0)
		return -1;
	struct rem *rem = malloc((n ? n : 1) * sizeof(*rem));
	if (!rem)
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
		qsort(rem, n, sizeof(*rem), cmp_rem);
		for (peg_cents k = 0; k < left; k++) {
			out[rem[k].i]++;
			if (extra)
				extra[rem[k].i] = 1;
		}
	}
	free(rem);
	return 0;
}

peg_cents peg_round_div_cents(peg_cents a, size_t n)
{
	return (peg_cents)peg_div_round(a, (__int128)n);
}

peg_cents peg_round_cents(__int128 num, __int128 den)
{
	return (peg_cents)peg_div_round(num, den);
}
