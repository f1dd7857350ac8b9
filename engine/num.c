/*
 * num.c - checked parsing and fixed formatting of numbers, money, dates and
 * yes/no (see num.h).
 *
 * A number is read digit by digit into an integer of millionths, so the
 * value is exact and independent of the locale; anything that does not
 * match the file's dialect exactly is rejected with a reason, never
 * guessed.
 */
#include "num.h"
#include "util.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * The grammar shared by numbers and money:
 *   [+-] int [sep frac] [blanks %]
 * where int is plain digits, or (comma dialect) 1-3 digits followed by
 * groups ".ddd".  Produces the value scaled by 10^scale_digits.
 */
static int parse_decimal(const char *s, enum peg_decimal dec, unsigned flags,
			 int scale_digits, int64_t limit, int64_t *out,
			 int *percent, const char **why)
{
	size_t n;
	peg_trim(&s, &n);
	const char *p = s, *end = s + n;
	int neg = 0;

	if (percent)
		*percent = 0;
	if (p == end) {
		*why = "empty value";
		return -1;
	}
	if (end - p >= 1 && end[-1] == '%') {
		if (!(flags & PEG_NUM_PERCENT)) {
			*why = "unexpected '%'";
			return -1;
		}
		end--;
		while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		if (percent)
			*percent = 1;
	}
	if (p < end && (*p == '+' || *p == '-')) {
		neg = *p == '-';
		p++;
	}
	if (p == end || !is_digit(*p)) {
		*why = "not a number";
		return -1;
	}

	char point = dec == PEG_DEC_COMMA ? ',' : '.';
	char other = dec == PEG_DEC_COMMA ? '.' : ',';
	__int128 ip = 0;
	int group = 0, grouped = 0, ndig = 0;

	for (; p < end && (is_digit(*p) || (*p == other && dec == PEG_DEC_COMMA));
	     p++) {
		if (*p == other) {
			/* A thousands separator: 1-3 digits before the first,
			 * exactly 3 between two and after the last. */
			if ((grouped ? group != 3 : group > 3) || group == 0) {
				*why = "'.' must separate groups of three digits"
				       " in a decimal-comma file";
				return -1;
			}
			grouped = 1;
			group = 0;
			continue;
		}
		ip = ip * 10 + (*p - '0');
		if (ip > (__int128)INT64_MAX) {
			*why = "number too large";
			return -1;
		}
		group++;
		ndig++;
	}
	if (grouped && group != 3) {
		*why = "'.' must separate groups of three digits in a "
		       "decimal-comma file";
		return -1;
	}
	(void)ndig;

	int64_t frac = 0;
	int nfrac = 0;
	if (p < end && *p == point) {
		p++;
		if (p == end || !is_digit(*p)) {
			*why = "digits expected after the decimal separator";
			return -1;
		}
		for (; p < end && is_digit(*p); p++) {
			if (nfrac == scale_digits) {
				*why = scale_digits == 2
					       ? "more than 2 decimal places"
					       : "more than 6 decimal places";
				return -1;
			}
			frac = frac * 10 + (*p - '0');
			nfrac++;
		}
	}
	if (p != end) {
		if (*p == other && dec == PEG_DEC_POINT)
			*why = "a decimal comma in a decimal-point file "
			       "(write 1.5, not 1,5)";
		else if (*p == '%')
			*why = "unexpected '%'";
		else
			*why = "not a number";
		return -1;
	}
	for (int i = nfrac; i < scale_digits; i++)
		frac *= 10;
	__int128 scale = 1;
	for (int i = 0; i < scale_digits; i++)
		scale *= 10;
	__int128 v = ip * scale + frac;
	if (v > (__int128)limit) {
		*why = "number too large";
		return -1;
	}
	if (neg && v != 0 && (flags & PEG_NUM_NONNEG)) {
		*why = "negative value";
		return -1;
	}
	*out = neg ? -(int64_t)v : (int64_t)v;
	return 0;
}

int peg_parse_fix(const char *s, enum peg_decimal dec, unsigned flags,
		  peg_fix *out, int *percent, const char **why)
{
	return parse_decimal(s, dec, flags, PEG_FIX_DECIMALS, PEG_FIX_MAX, out,
			     percent, why);
}

int peg_parse_cents(const char *s, enum peg_decimal dec, unsigned flags,
		    peg_cents *out, const char **why)
{
	return parse_decimal(s, dec, flags & ~PEG_NUM_PERCENT, 2,
			     PEG_CENTS_MAX, out, NULL, why);
}

int peg_parse_int(const char *s, long min, long max, long *out,
		  const char **why)
{
	size_t n;
	peg_trim(&s, &n);
	const char *p = s, *end = s + n;
	int neg = 0;
	long v = 0;

	if (p == end) {
		*why = "empty value";
		return -1;
	}
	if (*p == '+' || *p == '-') {
		neg = *p == '-';
		p++;
	}
	if (p == end) {
		*why = "not a whole number";
		return -1;
	}
	for (; p < end; p++) {
		if (!is_digit(*p)) {
			*why = "not a whole number";
			return -1;
		}
		if (v > 100000000000000L) {
			*why = "number out of range";
			return -1;
		}
		v = v * 10 + (*p - '0');
	}
	if (neg)
		v = -v;
	if (v < min || v > max) {
		*why = "number out of range";
		return -1;
	}
	*out = v;
	return 0;
}

/* ---- dates ------------------------------------------------------------ */

int peg_days_in_year(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 366 : 365;
}

int peg_days_in_month(int y, int m)
{
	static const int dm[12] = {31, 28, 31, 30, 31, 30,
				   31, 31, 30, 31, 30, 31};
	if (m == 2)
		return peg_days_in_year(y) == 366 ? 29 : 28;
	return dm[m - 1];
}

/* Days from civil, proleptic Gregorian (H. Hinnant's algorithm). */
peg_date peg_date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (peg_date)(era * 146097 + doe - 719468);
}

void peg_date_to_ymd(peg_date t, int *y, int *m, int *d)
{
	int z = t + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static int read_digits(const char **p, const char *end, int min, int max,
		       int *v)
{
	int n = 0;
	*v = 0;
	while (*p < end && is_digit(**p) && n < max) {
		*v = *v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n >= min && !(*p < end && is_digit(**p)) ? 0 : -1;
}

int peg_date_make(int y, int m, int d, peg_date *out, const char **why)
{
	const char *w = NULL;
	if (y < 1900 || y > 2100)
		w = "year outside 1900-2100";
	else if (m < 1 || m > 12)
		w = "no such month";
	else if (d < 1 || d > peg_days_in_month(y, m))
		w = "no such day in that month";
	if (w) {
		if (why)
			*why = w;
		return -1;
	}
	*out = peg_date_from_ymd(y, m, d);
	return 0;
}

int peg_parse_date(const char *s, peg_date *out, const char **why)
{
	size_t n;
	peg_trim(&s, &n);
	const char *p = s, *end = s + n;
	int y, m, d;

	if (n == 0) {
		*why = "empty value";
		return -1;
	}
	if (n == 10 && s[4] == '-' && s[7] == '-') {
		if (read_digits(&p, end, 4, 4, &y) || *p++ != '-' ||
		    read_digits(&p, end, 2, 2, &m) || *p++ != '-' ||
		    read_digits(&p, end, 2, 2, &d) || p != end)
			goto bad;
	} else {
		if (read_digits(&p, end, 1, 2, &d) || p == end || *p++ != '/' ||
		    read_digits(&p, end, 1, 2, &m) || p == end || *p++ != '/' ||
		    read_digits(&p, end, 4, 4, &y) || p != end)
			goto bad;
	}
	return peg_date_make(y, m, d, out, why);
bad:
	*why = "not a date (expected YYYY-MM-DD or DD/MM/YYYY)";
	return -1;
}

/* ---- yes / no --------------------------------------------------------- */

int peg_parse_bool(const char *s, int *out, const char **why)
{
	static const struct {
		const char *text;
		int value;
	} words[] = {
		{"si", 1},	 {"s\xc3\xac", 1}, {"s\xc3\x8c", 1},
		{"s\xc3\xad", 1}, {"yes", 1},	   {"true", 1},
		{"1", 1},	 {"no", 0},	   {"false", 0},
		{"0", 0},
	};
	size_t n;
	peg_trim(&s, &n);
	char w[8];
	if (n == 0) {
		*why = "empty value";
		return -1;
	}
	if (n < sizeof(w)) {
		memcpy(w, s, n);
		w[n] = '\0';
		for (size_t i = 0; i < PEG_COUNT(words); i++) {
			if (peg_strieq(w, words[i].text)) {
				*out = words[i].value;
				return 0;
			}
		}
	}
	*why = "expected yes or no (si, s\xc3\xac, no, yes, true, false, 1, 0)";
	return -1;
}

/* ---- formatting ------------------------------------------------------- */

/*
 * Number formatting without printf: these run for every cell of the
 * output tables and every step of the trace (millions per run).
 */

/* Writes the decimal digits of x at p; returns the end. */
static char *put_u64(char *p, uint64_t x)
{
	char t[20];
	int n = 0;
	do {
		t[n++] = (char)('0' + x % 10);
		x /= 10;
	} while (x);
	while (n)
		*p++ = t[--n];
	return p;
}

/* Writes x in exactly width digits (leading zeros) at p; returns the end. */
static char *put_u64_width(char *p, uint64_t x, int width)
{
	for (int i = width - 1; i >= 0; i--) {
		p[i] = (char)('0' + x % 10);
		x /= 10;
	}
	return p + width;
}

char *peg_scaled_str(int64_t v, int digits, char *buf)
{
	uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	uint64_t one = 1;
	if (digits < 0)
		digits = 0;
	if (digits > 19)
		digits = 19; /* 10^19 is the largest power in 64 bits */
	for (int i = 0; i < digits; i++)
		one *= 10;
	uint64_t ip = a / one, fp = a % one;
	char *p = buf;
	if (v < 0)
		*p++ = '-';
	p = put_u64(p, ip);
	if (fp) {
		int k = digits;
		while (fp % 10 == 0) { /* no trailing zeros */
			fp /= 10;
			k--;
		}
		*p++ = '.';
		p = put_u64_width(p, fp, k);
	}
	*p = '\0';
	return buf;
}

char *peg_fix_str(peg_fix v, char *buf)
{
	return peg_scaled_str(v, PEG_FIX_DECIMALS, buf);
}

char *peg_fix_str_dp(peg_fix v, int decimals, char *buf)
{
	if (decimals < 0)
		decimals = 0;
	if (decimals > PEG_FIX_DECIMALS)
		decimals = PEG_FIX_DECIMALS;
	int64_t div = 1;
	for (int i = decimals; i < PEG_FIX_DECIMALS; i++)
		div *= 10;
	/* Rounded to `decimals`, then printed with exactly that many. */
	int64_t r = (int64_t)peg_div_round(v, div) * div;
	uint64_t a = r < 0 ? (uint64_t)0 - (uint64_t)r : (uint64_t)r;
	char *p = buf;
	if (r < 0)
		*p++ = '-';
	p = put_u64(p, a / (uint64_t)PEG_FIX_ONE);
	if (decimals) {
		*p++ = '.';
		p = put_u64_width(p, a % (uint64_t)PEG_FIX_ONE / (uint64_t)div,
				  decimals);
	}
	*p = '\0';
	return buf;
}

char *peg_cents_str(peg_cents v, char *buf)
{
	uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	char *p = buf;
	if (v < 0)
		*p++ = '-';
	p = put_u64(p, a / 100);
	*p++ = '.';
	p = put_u64_width(p, a % 100, 2);
	*p = '\0';
	return buf;
}

char *peg_date_str(peg_date t, char *buf)
{
	int y, m, d;
	peg_date_to_ymd(t, &y, &m, &d);
	if (y < 0 || y > 9999) { /* never from a checked input */
		snprintf(buf, PEG_NUMBUF, "%04d-%02d-%02d", y, m, d);
		return buf;
	}
	char *p = put_u64_width(buf, (uint64_t)y, 4);
	*p++ = '-';
	p = put_u64_width(p, (uint64_t)m, 2);
	*p++ = '-';
	p = put_u64_width(p, (uint64_t)d, 2);
	*p = '\0';
	return buf;
}

/* ---- arithmetic ------------------------------------------------------- */

peg_fix peg_fix_mul(peg_fix a, peg_fix b)
{
	return (peg_fix)peg_div_round((__int128)a * b, PEG_FIX_ONE);
}

peg_fix peg_fix_div(peg_fix a, peg_fix b)
{
	__int128 num = (__int128)a * PEG_FIX_ONE;
	if (b < 0) {
		num = -num;
		b = -b;
	}
	return (peg_fix)peg_div_round(num, b);
}

peg_fix peg_fix_from_double(double x)
{
	return (peg_fix)llround(x * (double)PEG_FIX_ONE);
}

double peg_fix_to_double(peg_fix v)
{
	return (double)v / (double)PEG_FIX_ONE;
}
