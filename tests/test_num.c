/*
 * test_num.c - the checked parsers of num.c, table-driven: numbers in both
 * CSV dialects, money, dates, yes/no, and fixed formatting.
 */
#include "peg_test.h"

struct fix_case {
	const char *text;
	enum peg_decimal dec;
	unsigned flags;
	int ok;
	peg_fix value;   /* when ok */
	const char *why; /* when !ok: a substring of the reason */
};

static const struct fix_case fix_cases[] = {
	/* plain numbers, both dialects */
	{"0", PEG_DEC_POINT, 0, 1, 0, NULL},
	{"42", PEG_DEC_POINT, 0, 1, PEG_FIX(42), NULL},
	{"  42\t", PEG_DEC_POINT, 0, 1, PEG_FIX(42), NULL},
	{"-3.25", PEG_DEC_POINT, 0, 1, -3250000, NULL},
	{"+7", PEG_DEC_POINT, 0, 1, PEG_FIX(7), NULL},
	{"1.5", PEG_DEC_POINT, 0, 1, 1500000, NULL},
	{"1,5", PEG_DEC_COMMA, 0, 1, 1500000, NULL},
	/* 1.200 is one point two with a decimal point, twelve hundred with
	 * a decimal comma */
	{"1.200", PEG_DEC_POINT, 0, 1, 1200000, NULL},
	{"1.200", PEG_DEC_COMMA, 0, 1, PEG_FIX(1200), NULL},
	{"1.200,50", PEG_DEC_COMMA, 0, 1, 1200500000, NULL},
	{"500.000", PEG_DEC_COMMA, 0, 1, PEG_FIX(500000), NULL},
	{"1.234.567,891", PEG_DEC_COMMA, 0, 1, INT64_C(1234567891000), NULL},
	{"1200,5", PEG_DEC_COMMA, 0, 1, 1200500000, NULL},
	/* what is rejected, never guessed */
	{"1,5", PEG_DEC_POINT, 0, 0, 0, "decimal comma in a decimal-point"},
	{"1,200", PEG_DEC_POINT, 0, 0, 0, "decimal comma"},
	{"1.2", PEG_DEC_COMMA, 0, 0, 0, "groups of three digits"},
	{"12.00", PEG_DEC_COMMA, 0, 0, 0, "groups of three digits"},
	{"1234.567", PEG_DEC_COMMA, 0, 0, 0, "groups of three digits"},
	{"1.2345", PEG_DEC_COMMA, 0, 0, 0, "groups of three digits"},
	{".5", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"5.", PEG_DEC_POINT, 0, 0, 0, "digits expected"},
	{"", PEG_DEC_POINT, 0, 0, 0, "empty"},
	{"   ", PEG_DEC_POINT, 0, 0, 0, "empty"},
	{"NaN", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"nan", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"inf", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"-inf", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"1e5", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"0x10", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"12abc", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"1 000", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"--1", PEG_DEC_POINT, 0, 0, 0, "not a number"},
	{"1.1234567", PEG_DEC_POINT, 0, 0, 0, "more than 6 decimal places"},
	{"1.123456", PEG_DEC_POINT, 0, 1, 1123456, NULL},
	/* magnitude: up to 1e12, beyond is an error, never a wrap */
	{"999999999999", PEG_DEC_POINT, 0, 1, INT64_C(999999999999000000),
	 NULL},
	{"1000000000000", PEG_DEC_POINT, 0, 1, PEG_FIX_MAX, NULL},
	{"1000000000001", PEG_DEC_POINT, 0, 0, 0, "too large"},
	{"99999999999999999999999999", PEG_DEC_POINT, 0, 0, 0, "too large"},
	/* percents */
	{"85%", PEG_DEC_POINT, PEG_NUM_PERCENT, 1, PEG_FIX(85), NULL},
	{"85,5 %", PEG_DEC_COMMA, PEG_NUM_PERCENT, 1, 85500000, NULL},
	{"60,00%", PEG_DEC_COMMA, PEG_NUM_PERCENT, 1, PEG_FIX(60), NULL},
	{"85%", PEG_DEC_POINT, 0, 0, 0, "unexpected '%'"},
	{"%", PEG_DEC_POINT, PEG_NUM_PERCENT, 0, 0, "not a number"},
	{"8%5", PEG_DEC_POINT, PEG_NUM_PERCENT, 0, 0, "unexpected '%'"},
	/* sign */
	{"-1", PEG_DEC_POINT, PEG_NUM_NONNEG, 0, 0, "negative"},
	{"-0", PEG_DEC_POINT, PEG_NUM_NONNEG, 1, 0, NULL},
};

static void test_parse_fix(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(fix_cases) / sizeof(fix_cases[0]); i++) {
		const struct fix_case *c = &fix_cases[i];
		peg_fix v = -1;
		const char *why = NULL;
		int r = peg_parse_fix(c->text, c->dec, c->flags, &v, NULL, &why);
		if (c->ok) {
			if (r != 0)
				fail_msg("'%s' (case %zu): rejected: %s", c->text,
					 i, why);
			PEG_ASSERT_FIX(v, c->value);
		} else {
			if (r == 0)
				fail_msg("'%s' (case %zu): accepted as %lld",
					 c->text, i, (long long)v);
			PEG_ASSERT_CONTAINS(why, c->why);
		}
	}
}

static void test_percent_flag(void **state)
{
	(void)state;
	int pct = -1;
	peg_fix v;
	const char *why;
	assert_int_equal(peg_parse_fix("12 %", PEG_DEC_POINT, PEG_NUM_PERCENT,
				       &v, &pct, &why),
			 0);
	assert_int_equal(pct, 1);
	assert_int_equal(peg_parse_fix("12", PEG_DEC_POINT, PEG_NUM_PERCENT, &v,
				       &pct, &why),
			 0);
	assert_int_equal(pct, 0);
}

struct cents_case {
	const char *text;
	enum peg_decimal dec;
	int ok;
	peg_cents value;
	const char *why;
};

static const struct cents_case cents_cases[] = {
	{"150000.00", PEG_DEC_POINT, 1, 15000000, NULL},
	{"150000", PEG_DEC_POINT, 1, 15000000, NULL},
	{"0.1", PEG_DEC_POINT, 1, 10, NULL},
	{"0.01", PEG_DEC_POINT, 1, 1, NULL},
	{"100.01", PEG_DEC_POINT, 1, 10001, NULL},
	/* 0.29 as a double is 0.28999999999999998: never through a double */
	{"0.29", PEG_DEC_POINT, 1, 29, NULL},
	{"1.234,56", PEG_DEC_COMMA, 1, 123456, NULL},
	{"1,005", PEG_DEC_COMMA, 0, 0, "more than 2 decimal places"},
	{"10.005", PEG_DEC_POINT, 0, 0, "more than 2 decimal places"},
	{"10,50", PEG_DEC_POINT, 0, 0, "decimal comma"},
	{"-5.00", PEG_DEC_POINT, 0, 0, "negative"},
	{"5%", PEG_DEC_POINT, 0, 0, "unexpected '%'"},
	{"1e3", PEG_DEC_POINT, 0, 0, "not a number"},
	{"1000000000000000.00", PEG_DEC_POINT, 1, INT64_C(100000000000000000),
	 NULL},
	{"1000000000000000.01", PEG_DEC_POINT, 0, 0, "too large"},
	{"9999999999999999999999", PEG_DEC_POINT, 0, 0, "too large"},
};

static void test_parse_cents(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cents_cases) / sizeof(cents_cases[0]);
	     i++) {
		const struct cents_case *c = &cents_cases[i];
		peg_cents v = -1;
		const char *why = NULL;
		int r = peg_parse_cents(c->text, c->dec, PEG_NUM_NONNEG, &v, &why);
		if (c->ok) {
			if (r != 0)
				fail_msg("'%s': rejected: %s", c->text, why);
			PEG_ASSERT_INT(v, c->value);
		} else {
			if (r == 0)
				fail_msg("'%s': accepted as %lld", c->text,
					 (long long)v);
			PEG_ASSERT_CONTAINS(why, c->why);
		}
	}
}

struct date_case {
	const char *text;
	int ok;
	int y, m, d;
	const char *why;
};

static const struct date_case date_cases[] = {
	{"2020-02-29", 1, 2020, 2, 29, NULL}, /* leap year */
	{"29/02/2020", 1, 2020, 2, 29, NULL},
	{"2019-02-29", 0, 0, 0, 0, "no such day"},
	{"31/02/2020", 0, 0, 0, 0, "no such day"},
	{"2000-02-29", 1, 2000, 2, 29, NULL}, /* divisible by 400 */
	{"1900-02-29", 0, 0, 0, 0, "no such day"}, /* by 100, not 400 */
	{"2100-02-29", 0, 0, 0, 0, "no such day"},
	{"1900-01-01", 1, 1900, 1, 1, NULL},
	{"1899-12-31", 0, 0, 0, 0, "year outside"},
	{"2100-12-31", 1, 2100, 12, 31, NULL},
	{"2101-01-01", 0, 0, 0, 0, "year outside"},
	{"30/6/2020", 1, 2020, 6, 30, NULL},
	{"1/1/2021", 1, 2021, 1, 1, NULL},
	{" 2020-12-31 ", 1, 2020, 12, 31, NULL},
	{"2020-13-01", 0, 0, 0, 0, "no such month"},
	{"00/01/2020", 0, 0, 0, 0, "no such day"},
	{"2020-1-5", 0, 0, 0, 0, "not a date"},
	{"31.07.20", 0, 0, 0, 0, "not a date"},
	{"31/07/20", 0, 0, 0, 0, "not a date"},
	{"15:09:20", 0, 0, 0, 0, "not a date"},
	{"2020/12/31", 0, 0, 0, 0, "not a date"},
	{"dicembre 2020", 0, 0, 0, 0, "not a date"},
	{"", 0, 0, 0, 0, "empty"},
	{"123/01/2020", 0, 0, 0, 0, "not a date"},
};

static void test_parse_date(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(date_cases) / sizeof(date_cases[0]); i++) {
		const struct date_case *c = &date_cases[i];
		peg_date t;
		const char *why = NULL;
		int r = peg_parse_date(c->text, &t, &why);
		if (c->ok) {
			if (r != 0)
				fail_msg("'%s': rejected: %s", c->text, why);
			int y, m, d;
			peg_date_to_ymd(t, &y, &m, &d);
			assert_int_equal(y, c->y);
			assert_int_equal(m, c->m);
			assert_int_equal(d, c->d);
		} else {
			if (r == 0)
				fail_msg("'%s': accepted", c->text);
			PEG_ASSERT_CONTAINS(why, c->why);
		}
	}
}

static void test_date_arithmetic(void **state)
{
	(void)state;
	/* 1970-01-01 is day 0; 2000-03-01 - 2000-02-28 = 2 (leap day). */
	PEG_ASSERT_INT(peg_date_from_ymd(1970, 1, 1), 0);
	PEG_ASSERT_INT(peg_date_from_ymd(2000, 3, 1) -
			       peg_date_from_ymd(2000, 2, 28),
		       2);
	PEG_ASSERT_INT(peg_date_from_ymd(1900, 3, 1) -
			       peg_date_from_ymd(1900, 2, 28),
		       1);
	/* 2020 has 366 days, 2021 365, 1900 365, 2000 366. */
	PEG_ASSERT_INT(peg_date_from_ymd(2021, 1, 1) -
			       peg_date_from_ymd(2020, 1, 1),
		       366);
	assert_int_equal(peg_days_in_year(2021), 365);
	assert_int_equal(peg_days_in_year(1900), 365);
	assert_int_equal(peg_days_in_year(2000), 366);
	/* Round trip over two centuries, day by day. */
	for (peg_date t = peg_date_from_ymd(1900, 1, 1);
	     t <= peg_date_from_ymd(2100, 12, 31); t++) {
		int y, m, d;
		peg_date_to_ymd(t, &y, &m, &d);
		if (peg_date_from_ymd(y, m, d) != t)
			fail_msg("round trip of day %d", (int)t);
	}
}

struct bool_case {
	const char *text;
	int ok, value;
};

static const struct bool_case bool_cases[] = {
	{"si", 1, 1},	 {"SI", 1, 1},	   {"s\xc3\xac", 1, 1}, {"S\xc3\x8c", 1, 1},
	{"S\xc3\xac", 1, 1}, {"yes", 1, 1},  {"true", 1, 1},	 {"1", 1, 1},
	{" no ", 1, 0},	 {"NO", 1, 0},	   {"false", 1, 0},	 {"0", 1, 0},
	{"", 0, 0},	 {"forse", 0, 0},  {"x", 0, 0},	 {"si'", 0, 0},
	{"2", 0, 0},
};

static void test_parse_bool(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(bool_cases) / sizeof(bool_cases[0]); i++) {
		const struct bool_case *c = &bool_cases[i];
		int v = -1;
		const char *why = NULL;
		int r = peg_parse_bool(c->text, &v, &why);
		if (c->ok != (r == 0))
			fail_msg("'%s': %s", c->text,
				 c->ok ? "rejected" : "accepted");
		if (c->ok)
			assert_int_equal(v, c->value);
	}
}

static void test_parse_int(void **state)
{
	(void)state;
	long v;
	const char *why;
	assert_int_equal(peg_parse_int("2020", 1900, 2100, &v, &why), 0);
	PEG_ASSERT_INT(v, 2020);
	/* Never octal: 042 is forty-two. */
	assert_int_equal(peg_parse_int("042", 0, 100, &v, &why), 0);
	PEG_ASSERT_INT(v, 42);
	assert_int_not_equal(peg_parse_int("2020.0", 1900, 2100, &v, &why), 0);
	assert_int_not_equal(peg_parse_int("1899", 1900, 2100, &v, &why), 0);
	PEG_ASSERT_CONTAINS(why, "out of range");
	assert_int_not_equal(peg_parse_int("99999999999999999999", 0, 10, &v,
					   &why),
			     0);
	assert_int_not_equal(peg_parse_int("-", 0, 10, &v, &why), 0);
	assert_int_equal(peg_parse_int("-5", -10, 10, &v, &why), 0);
	PEG_ASSERT_INT(v, -5);
}

static void test_format(void **state)
{
	(void)state;
	char b[PEG_NUMBUF];
	assert_string_equal(peg_fix_str(PEG_FIX(100), b), "100");
	assert_string_equal(peg_fix_str(77777778, b), "77.777778");
	assert_string_equal(peg_fix_str(-500000, b), "-0.5");
	assert_string_equal(peg_fix_str(0, b), "0");
	assert_string_equal(peg_fix_str(1, b), "0.000001");
	assert_string_equal(peg_fix_str_dp(77777778, 2, b), "77.78");
	assert_string_equal(peg_fix_str_dp(-1005000, 2, b), "-1.01");
	assert_string_equal(peg_fix_str_dp(PEG_FIX(3), 0, b), "3");
	assert_string_equal(peg_cents_str(123456, b), "1234.56");
	assert_string_equal(peg_cents_str(5, b), "0.05");
	assert_string_equal(peg_cents_str(-5, b), "-0.05");
	assert_string_equal(peg_date_str(peg_date_from_ymd(2020, 2, 29), b),
			    "2020-02-29");
}

/* The formatters against printf, the way they were first written, on
 * values of every magnitude and sign (a deterministic xorshift). */
static void ref_scaled(int64_t v, int digits, char *buf)
{
	uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, one = 1;
	for (int i = 0; i < digits; i++)
		one *= 10;
	int len = snprintf(buf, PEG_NUMBUF, "%s%llu", v < 0 ? "-" : "",
			   (unsigned long long)(a / one));
	if (a % one) {
		char f[40];
		snprintf(f, sizeof(f), "%0*llu", digits,
			 (unsigned long long)(a % one));
		int k = digits;
		while (k > 0 && f[k - 1] == '0')
			f[--k] = '\0';
		snprintf(buf + len, PEG_NUMBUF - (size_t)len, ".%s", f);
	}
}

static void test_format_matches_printf(void **state)
{
	(void)state;
	uint64_t x = 88172645463325252ULL;
	char got[PEG_NUMBUF], want[PEG_NUMBUF];
	for (int i = 0; i < 200000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		/* magnitudes from 0 to 2^63, both signs, and the extremes */
		int64_t v = (int64_t)(x >> (x % 64));
		if (x & 1)
			v = -v;
		if (i == 0)
			v = INT64_MIN;
		if (i == 1)
			v = INT64_MAX;
		int digits = (int)(x % 13);
		peg_scaled_str(v, digits, got);
		ref_scaled(v, digits, want);
		assert_string_equal(got, want);
		peg_fix_str(v, got);
		ref_scaled(v, PEG_FIX_DECIMALS, want);
		assert_string_equal(got, want);
		uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
		peg_cents_str(v, got);
		snprintf(want, sizeof(want), "%s%llu.%02llu", v < 0 ? "-" : "",
			 (unsigned long long)(a / 100),
			 (unsigned long long)(a % 100));
		assert_string_equal(got, want);
		/* rounding to 0-6 decimals: small enough not to overflow */
		int64_t s = v / 1024;
		int dp = (int)(x % 7);
		peg_fix_str_dp(s, dp, got);
		int64_t div = 1;
		for (int k = dp; k < PEG_FIX_DECIMALS; k++)
			div *= 10;
		int64_t r = (s < 0 ? -((-s + div / 2) / div) : (s + div / 2) / div);
		uint64_t ra = r < 0 ? (uint64_t)0 - (uint64_t)r : (uint64_t)r;
		uint64_t scale = (uint64_t)(PEG_FIX_ONE / div);
		if (dp)
			snprintf(want, sizeof(want), "%s%llu.%0*llu",
				 r < 0 ? "-" : "",
				 (unsigned long long)(ra / scale), dp,
				 (unsigned long long)(ra % scale));
		else
			snprintf(want, sizeof(want), "%s%llu", r < 0 ? "-" : "",
				 (unsigned long long)ra);
		assert_string_equal(got, want);
	}
	for (int y = 1; y <= 9999; y += 7) {
		peg_date t = peg_date_from_ymd(y, 1 + y % 12, 1 + y % 28);
		snprintf(want, sizeof(want), "%04d-%02d-%02d", y, 1 + y % 12,
			 1 + y % 28);
		assert_string_equal(peg_date_str(t, got), want);
	}
}

static void test_fix_arithmetic(void **state)
{
	(void)state;
	/* 1/3 rounds to 0.333333; 2/3 to 0.666667; half away from zero. */
	PEG_ASSERT_FIX(peg_fix_div(PEG_FIX(1), PEG_FIX(3)), 333333);
	PEG_ASSERT_FIX(peg_fix_div(PEG_FIX(2), PEG_FIX(3)), 666667);
	PEG_ASSERT_FIX(peg_fix_div(PEG_FIX(-2), PEG_FIX(3)), -666667);
	PEG_ASSERT_FIX(peg_fix_mul(1500000, 1500000), 2250000);
	/* 0.0000005 * 1 -> half rounds away from zero */
	PEG_ASSERT_FIX(peg_fix_mul(500000, 1), 1);
	PEG_ASSERT_CLOSE(peg_fix_to_double(2500000), 2.5, 1e-15);
	PEG_ASSERT_FIX(peg_fix_from_double(66.6666666), 66666667);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_fix),
		cmocka_unit_test(test_percent_flag),
		cmocka_unit_test(test_parse_cents),
		cmocka_unit_test(test_parse_date),
		cmocka_unit_test(test_date_arithmetic),
		cmocka_unit_test(test_parse_bool),
		cmocka_unit_test(test_parse_int),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_format_matches_printf),
		cmocka_unit_test(test_fix_arithmetic),
	};
	return cmocka_run_group_tests_name("num", tests, NULL, NULL);
}
