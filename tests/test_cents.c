/*
 * test_cents.c - the largest-remainder split (cents.h): hand-computed
 * cases, and over many generated inputs the cents equal those of the
 * plain method written out here (sort every remainder, give one cent to
 * each of the first), which the split finds by selection instead.
 */
#include "cents.h"
#include "peg_test.h"

/* The reference: floor shares, then a full sort of the remainders. */
struct ref_rem {
	__int128 r;
	size_t i;
};

static int ref_cmp(const void *a, const void *b)
{
	const struct ref_rem *x = a, *y = b;
	if (x->r != y->r)
		return x->r < y->r ? 1 : -1;
	return (x->i > y->i) - (x->i < y->i);
}

static void ref_split(peg_cents total, const int64_t *w, size_t n,
		      peg_cents *out)
{
	__int128 sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += w[i];
	struct ref_rem *rem = malloc(n * sizeof(*rem));
	peg_cents given = 0;
	for (size_t i = 0; i < n; i++) {
		__int128 num = (__int128)total * w[i];
		out[i] = (peg_cents)(num / sum);
		rem[i].r = num % sum;
		rem[i].i = i;
		given += out[i];
	}
	qsort(rem, n, sizeof(*rem), ref_cmp);
	for (peg_cents k = 0; k < total - given; k++)
		out[rem[k].i]++;
	free(rem);
}

static void test_hand(void **state)
{
	(void)state;
	/* 100 cents by 1:1:1 -> 33.33 each, one leftover cent: the first
	 * of three equal remainders gets it: 34, 33, 33 */
	int64_t w[] = {1, 1, 1};
	peg_cents out[3];
	unsigned char extra[3];
	assert_int_equal(peg_split_cents(100, w, 3, out, extra), 0);
	PEG_ASSERT_INT(out[0], 34);
	PEG_ASSERT_INT(out[1], 33);
	PEG_ASSERT_INT(out[2], 33);
	assert_int_equal(extra[0], 1);
	assert_int_equal(extra[2], 0);
	/* 10 cents by 1:2:3:4 = 1, 2, 3, 4 exactly */
	int64_t w2[] = {1, 2, 3, 4};
	peg_cents out2[4];
	assert_int_equal(peg_split_cents(10, w2, 4, out2, NULL), 0);
	for (size_t i = 0; i < 4; i++)
		PEG_ASSERT_INT(out2[i], (peg_cents)i + 1);
	/* 7 cents by 3:3:1 -> 3, 3, 1 exact; 8 cents -> 3.43, 3.43, 1.14:
	 * one leftover cent to the larger remainder of the first: 4, 3, 1 */
	int64_t w3[] = {3, 3, 1};
	peg_cents out3[3];
	assert_int_equal(peg_split_cents(7, w3, 3, out3, NULL), 0);
	PEG_ASSERT_INT(out3[0], 3);
	PEG_ASSERT_INT(out3[1], 3);
	PEG_ASSERT_INT(out3[2], 1);
	assert_int_equal(peg_split_cents(8, w3, 3, out3, NULL), 0);
	PEG_ASSERT_INT(out3[0], 4);
	PEG_ASSERT_INT(out3[1], 3);
	PEG_ASSERT_INT(out3[2], 1);
	/* nothing to split by */
	int64_t z[] = {0, 0};
	assert_int_equal(peg_split_cents(5, z, 2, out3, NULL), -1);
}

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Selection gives the cents of the full sort: many sizes, weights with
 * many equal values (ties by entry) and large ones (points, 1e-12). */
static void test_against_sort(void **state)
{
	(void)state;
	int64_t w[600];
	peg_cents a[600], b[600];
	struct peg_cents_rem rem[600];
	for (int round = 0; round < 3000; round++) {
		size_t n = 1 + next() % 600;
		int mode = (int)(next() % 4);
		for (size_t i = 0; i < n; i++) {
			if (mode == 0)
				w[i] = 1 + (int64_t)(next() % 3);
			else if (mode == 1)
				w[i] = (int64_t)(next() % 2500000000000ULL);
			else if (mode == 2)
				w[i] = 1000000000000;
			else
				w[i] = (int64_t)(next() % 7);
		}
		w[next() % n] += 1; /* Σw > 0 */
		peg_cents total = (peg_cents)(next() % 20000000);
		ref_split(total, w, n, a);
		assert_int_equal(peg_split_cents_with(total, w, n, b, NULL, rem),
				 0);
		peg_cents sum = 0;
		for (size_t i = 0; i < n; i++) {
			if (a[i] != b[i])
				fail_msg("round %d, n %zu, entry %zu: %lld, "
					 "expected %lld",
					 round, n, i, (long long)b[i],
					 (long long)a[i]);
			sum += b[i];
		}
		PEG_ASSERT_INT(sum, total);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hand),
		cmocka_unit_test(test_against_sort),
	};
	return cmocka_run_group_tests_name("cents", tests, NULL, NULL);
}
