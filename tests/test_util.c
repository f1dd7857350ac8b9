/*
 * test_util.c - natural order, the hash map, the arena, UTF-8 checking and
 * the rounding divisions.
 */
#include <limits.h>
#include "peg_test.h"
#include "util.h"

struct nat_case {
	const char *a, *b;
	int sign;
};

static const struct nat_case nat_cases[] = {
	{"2", "10", -1},      {"10", "2", 1},	     {"2", "2", 0},
	{"12.3", "12.10", -1}, {"12.10", "12.3", 1}, {"1.9", "2.1", -1},
	{"a2", "a10", -1},    {"a", "b", -1},	     {"", "a", -1},
	{"a", "a1", -1},      {"02", "2", -1},	     {"2", "02", 1},
	{"007", "7", -1},     {"x10y2", "x10y10", -1}, {"E1", "e1", -1},
	{"99999999999999999999", "100000000000000000000", -1},
	{"74", "74_2", -1},   {"74_2", "75", -1},
};

static void test_natcmp(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(nat_cases) / sizeof(nat_cases[0]); i++) {
		int c = peg_natcmp(nat_cases[i].a, nat_cases[i].b);
		int s = (c > 0) - (c < 0);
		if (s != nat_cases[i].sign)
			fail_msg("natcmp(%s, %s) = %d, expected %d",
				 nat_cases[i].a, nat_cases[i].b, s,
				 nat_cases[i].sign);
	}
}

static void test_map(void **state)
{
	(void)state;
	struct peg_map m = {0};
	struct peg_arena a = {0};
	char key[32];
	/* Enough keys to grow several times. */
	for (size_t i = 0; i < 5000; i++) {
		snprintf(key, sizeof(key), "k%zu", i);
		char *k = peg_arena_strdup(&a, key);
		assert_int_equal(peg_map_put(&m, k, i * 3, NULL), 1);
	}
	size_t old = 0;
	assert_int_equal(peg_map_put(&m, "k42", 1, &old), 0);
	PEG_ASSERT_INT(old, 126);
	for (size_t i = 0; i < 5000; i++) {
		size_t v;
		snprintf(key, sizeof(key), "k%zu", i);
		assert_int_equal(peg_map_get(&m, key, &v), 1);
		PEG_ASSERT_INT(v, i * 3);
	}
	size_t v;
	assert_int_equal(peg_map_get(&m, "nope", &v), 0);
	PEG_ASSERT_INT(m.n, 5000);
	peg_map_release(&m);
	peg_arena_release(&a);
}

static void test_arena(void **state)
{
	(void)state;
	struct peg_arena a = {0};
	char *small = peg_arena_strdup(&a, "hello");
	char *big = peg_arena_alloc(&a, 1 << 20);
	char *after = peg_arena_strdup(&a, "world");
	assert_non_null(big);
	memset(big, 'x', 1 << 20);
	assert_string_equal(small, "hello");
	assert_string_equal(after, "world");
	assert_int_equal((uintptr_t)big % 16, 0);
	char *t = peg_arena_trimdup(&a, "  \t padded \r\n");
	assert_string_equal(t, "padded");
	peg_arena_release(&a);
	assert_null(a.head);
}

struct utf8_case {
	const char *s;
	size_t n;
	int ok;
	size_t bad;
	size_t bom;
};

static const struct utf8_case utf8_cases[] = {
	{"plain ascii", 11, 1, 0, (size_t)-1},
	{"qualit\xc3\xa0", 8, 1, 0, (size_t)-1},
	{"\xe2\x82\xac 5", 5, 1, 0, (size_t)-1},
	{"\xf0\x9f\x98\x80", 4, 1, 0, (size_t)-1},
	{"qualit\xe0 x", 9, 0, 6, 0},	       /* Latin-1 a-grave */
	{"\xc0\xaf", 2, 0, 0, 0},	       /* overlong '/' */
	{"\xed\xa0\x80", 3, 0, 0, 0},	       /* surrogate */
	{"\xf4\x90\x80\x80", 4, 0, 0, 0},      /* above U+10FFFF */
	{"ab\xc3", 3, 0, 2, 0},		       /* truncated */
	{"a\xef\xbb\xbf" "b", 5, 1, 0, 1},     /* BOM inside: found */
};

static void test_utf8(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(utf8_cases) / sizeof(utf8_cases[0]);
	     i++) {
		const struct utf8_case *c = &utf8_cases[i];
		size_t bad = 99, bom = 99;
		int r = peg_utf8_check(c->s, c->n, &bad, &bom);
		if ((r == 0) != c->ok)
			fail_msg("case %zu: %s", i, c->ok ? "rejected" : "accepted");
		if (!c->ok)
			PEG_ASSERT_INT(bad, c->bad);
		else
			PEG_ASSERT_INT(bom, c->bom);
	}
}

static void test_div(void **state)
{
	(void)state;
	/* Half away from zero; floor towards minus infinity. */
	PEG_ASSERT_INT(peg_div_round(5, 2), 3);
	PEG_ASSERT_INT(peg_div_round(-5, 2), -3);
	PEG_ASSERT_INT(peg_div_round(4, 3), 1);
	PEG_ASSERT_INT(peg_div_round(5, 3), 2);
	PEG_ASSERT_INT(peg_div_round(-4, 3), -1);
	PEG_ASSERT_INT(peg_div_round(0, 7), 0);
	PEG_ASSERT_INT(peg_div_floor(7, 2), 3);
	PEG_ASSERT_INT(peg_div_floor(-7, 2), -4);
	PEG_ASSERT_INT(peg_div_floor(-8, 2), -4);
	/* the 64-bit path and the 128-bit one agree, at the edges too */
	const __int128 big = (__int128)1 << 70;
	PEG_ASSERT_INT(peg_div_round(big + 1, (__int128)1 << 62), 256);
	PEG_ASSERT_INT(peg_div_round(INT64_MAX, INT64_MAX), 1);
	PEG_ASSERT_INT(peg_div_round(INT64_MIN, INT64_MAX), -1);
	PEG_ASSERT_INT(peg_div_round(INT64_MAX, 2), INT64_MAX / 2 + 1);
	PEG_ASSERT_INT(peg_div_round(INT64_MIN, 2), INT64_MIN / 2);
	uint64_t x = 88172645463325252ULL;
	for (int i = 0; i < 100000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		int64_t n = (int64_t)x >> (x % 60);
		int64_t d = (int64_t)((x >> 3) % 1000000007) + 1;
		if (i % 3 == 0)
			d = 2 * (d % 1000) + 2; /* exact halves */
		if (peg_div_round(n, d) != peg_div_round_wide(n, d))
			fail_msg("%lld / %lld", (long long)n, (long long)d);
	}
}

static void test_buf(void **state)
{
	(void)state;
	struct peg_buf b = {0};
	assert_string_equal(peg_buf_str(&b), "");
	for (int i = 0; i < 1000; i++)
		peg_buf_printf(&b, "%d,", i);
	assert_int_equal(b.len, 3890);
	assert_int_equal(strncmp(b.data, "0,1,2,", 6), 0);
	peg_buf_reset(&b);
	peg_buf_puts(&b, "x");
	peg_buf_putc(&b, 'y');
	assert_string_equal(peg_buf_str(&b), "xy");
	peg_buf_release(&b);
}

/* peg_buf_printf formats its common conversions itself: the same text as
 * vsnprintf, for every sign and size, and any other format through
 * vsnprintf. */
static void test_buf_printf(void **state)
{
	(void)state;
	struct peg_buf b = {0};
	char want[512];
	uint64_t x = 2463534242ULL;
	for (int i = 0; i < 20000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		long l = (long)(x >> (x % 64));
		int d = (int)(x >> 33) - (i & 1 ? 1 << 30 : 0);
		size_t z = (size_t)(x >> (x % 64));
		long long ll = i == 0 ? LLONG_MIN : i == 1 ? LLONG_MAX
						: -(long long)(x >> 1);
		if (x & 2)
			l = -l;
		if (i == 2)
			l = LONG_MIN;
		peg_buf_reset(&b);
		peg_buf_printf(&b, "a=%s; d=%d; l=%ld, z=%zu%% ll=%lld%s", "xy",
			       d, l, z, ll, "");
		snprintf(want, sizeof(want), "a=%s; d=%d; l=%ld, z=%zu%% ll=%lld%s",
			 "xy", d, l, z, ll, "");
		assert_string_equal(peg_buf_str(&b), want);
	}
	peg_buf_reset(&b);
	peg_buf_printf(&b, "%s", "");
	assert_string_equal(peg_buf_str(&b), "");
	peg_buf_printf(&b, "plain");
	peg_buf_printf(&b, " %5.2f|%-3d|%x", 2.5, 7, 255u);
	assert_string_equal(peg_buf_str(&b), "plain  2.50|7  |ff");
	peg_buf_release(&b);
}

static void test_paths(void **state)
{
	(void)state;
	struct peg_arena a = {0};
	assert_string_equal(peg_path_join(&a, "dir", "f.csv"), "dir/f.csv");
	assert_string_equal(peg_path_join(&a, "dir/", "f.csv"), "dir/f.csv");
	assert_string_equal(peg_path_join(&a, "dir", "/abs/f"), "/abs/f");
	assert_string_equal(peg_path_join(&a, ".", "f"), "f");
	assert_string_equal(peg_path_dir(&a, "a/b/run.ini"), "a/b");
	assert_string_equal(peg_path_dir(&a, "run.ini"), ".");
	assert_string_equal(peg_path_dir(&a, "/run.ini"), "/");
	peg_arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_natcmp), cmocka_unit_test(test_map),
		cmocka_unit_test(test_arena),  cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_div),    cmocka_unit_test(test_buf),
		cmocka_unit_test(test_paths),
		cmocka_unit_test(test_buf_printf),
	};
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
