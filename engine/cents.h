/*
 * cents.h - splitting an amount of integer cents (SPEC 3.5).
 *
 * The largest-remainder method: each share gets floor(P·w/Σw) cents, the
 * cents left over go one each to the largest fractional parts; equal
 * fractional parts go to the earlier entry.  Callers list entries in
 * natural employee_id order, so ties never depend on the order of input
 * rows.  Exact: 128-bit integers throughout.
 */
#ifndef PEG_CENTS_H
#define PEG_CENTS_H

#include <stddef.h>
#include <stdint.h>

#include "num.h"

/*
 * peg_split_cents - split `total` (>= 0) among n entries by weights w
 * (>= 0, Σw > 0).  out[i] receives the cents of entry i; extra[i] (when
 * not NULL) is 1 when the entry received one of the leftover cents.
 * Returns 0, or -1 when Σw is 0 or memory runs out (out untouched).
 */
int peg_split_cents(peg_cents total, const int64_t *w, size_t n,
		    peg_cents *out, unsigned char *extra);

/* One entry's remainder, the scratch of peg_split_cents_with. */
struct peg_cents_rem {
	__int128 r; /* remainder of total·w over Σw */
	size_t i;   /* entry */
};

/* peg_split_cents with caller scratch of n entries: allocates nothing;
 * -1 only when Σw is 0. */
int peg_split_cents_with(peg_cents total, const int64_t *w, size_t n,
			 peg_cents *out, unsigned char *extra,
			 struct peg_cents_rem *scratch);

/* a/n rounded half up, for averages of amounts (n > 0). */
peg_cents peg_round_div_cents(peg_cents a, size_t n);

/* round2 of SPEC 3.4: num/den rounded half up to an integer (cents). */
peg_cents peg_round_cents(__int128 num, __int128 den);

/* n/d in lowest terms (n >= 0, d > 0): exact products stay small. */
void peg_frac_reduce(__int128 *n, __int128 *d);

/*
 * peg_round_cents_frac - a x b x n / (c x d) rounded half up (a, b, n >=
 * 0; c, d > 0; n/d best reduced first).  -1 when the exact products do
 * not fit 127 bits (amounts far beyond any fund), else 0 and *out.
 */
int peg_round_cents_frac(__int128 a, __int128 b, __int128 n, __int128 c,
			 __int128 d, peg_cents *out);

#endif
