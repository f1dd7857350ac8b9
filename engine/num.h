/*
 * num.h - the one checked parser for every value a user types: numbers in
 * both CSV dialects, percents, dates, money and yes/no; and their fixed
 * formatting for outputs.
 *
 * Numbers are held in fixed point (peg_fix, millionths) so that scores and
 * parameters are exact decimals, as on paper; money is integer cents
 * (peg_cents); dates are days since 1970-01-01 (peg_date).  Nothing here
 * uses atof, strtod or the locale.
 *
 * Parsers return 0 on success, or -1 and set *why to a short static text
 * ("more than 6 decimal places") that callers put after the file, line
 * and the quoted offending text.
 */
#ifndef PEG_NUM_H
#define PEG_NUM_H

#include <stddef.h>
#include <stdint.h>

typedef int64_t peg_fix;   /* fixed point: 1.5 is 1500000 */
typedef int64_t peg_cents; /* money: 12.34 EUR is 1234 */
typedef int32_t peg_date;  /* days since 1970-01-01 */

#define PEG_FIX_ONE INT64_C(1000000)
#define PEG_FIX(units) ((peg_fix)(units) * PEG_FIX_ONE)
#define PEG_FIX_DECIMALS 6
#define PEG_FIX_MAX (PEG_FIX_ONE * INT64_C(1000000000000)) /* 1e12 */
#define PEG_CENTS_MAX INT64_C(100000000000000000)          /* 1e15 EUR */

/* The decimal separator of a file (SPEC 2.1). */
enum peg_decimal {
	PEG_DEC_POINT = 0, /* 1.5 ; no thousands separator */
	PEG_DEC_COMMA = 1  /* 1,5 ; '.' may separate groups of three digits */
};

/* Flags of peg_parse_fix. */
#define PEG_NUM_PERCENT 1u /* a trailing '%' is allowed (and ignored) */
#define PEG_NUM_NONNEG 2u  /* a negative value is an error */

/*
 * peg_parse_fix - parse a decimal number written in dialect dec, with at
 * most 6 decimal places and a magnitude below 1e12.  Surrounding blanks are
 * ignored.  *percent (when not NULL) tells whether a '%' was present.
 */
int peg_parse_fix(const char *s, enum peg_decimal dec, unsigned flags,
		  peg_fix *out, int *percent, const char **why);

/* An integer in [min, max], plain digits with an optional sign. */
int peg_parse_int(const char *s, long min, long max, long *out,
		  const char **why);

/* Money: at most 2 decimals, no '%', never through a double. */
int peg_parse_cents(const char *s, enum peg_decimal dec, unsigned flags,
		    peg_cents *out, const char **why);

/* A date YYYY-MM-DD or DD/MM/YYYY (day and month may have one digit),
 * calendar-checked, years 1900 to 2100. */
int peg_parse_date(const char *s, peg_date *out, const char **why);

/* si, sì, yes, true, 1 -> 1; no, false, 0 -> 0 (case-insensitive). */
int peg_parse_bool(const char *s, int *out, const char **why);

/* Calendar helpers. */
peg_date peg_date_from_ymd(int y, int m, int d);
void peg_date_to_ymd(peg_date t, int *y, int *m, int *d);
int peg_days_in_year(int y);
int peg_days_in_month(int y, int m);
/* The calendar date y-m-d within 1900..2100 into *out: 0, or -1 with the
 * reason in *why (when why is not NULL). */
int peg_date_make(int y, int m, int d, peg_date *out, const char **why);

/*
 * Formatting, into caller buffers of at least PEG_NUMBUF bytes; each
 * returns buf.  Fixed numbers print their exact value with no trailing
 * zeros ("77.777778", "100", "-0.5"); cents print with two decimals and a
 * point ("1234.56"); dates as YYYY-MM-DD.
 */
#define PEG_NUMBUF 48
char *peg_fix_str(peg_fix v, char *buf);
/* An integer holding `digits` decimals (e.g. 9 for time factors), exact,
 * without trailing zeros. */
char *peg_scaled_str(int64_t v, int digits, char *buf);
char *peg_fix_str_dp(peg_fix v, int decimals, char *buf); /* rounded */
char *peg_cents_str(peg_cents v, char *buf);
char *peg_date_str(peg_date t, char *buf);

/* Exact helpers on fixed values. */
peg_fix peg_fix_mul(peg_fix a, peg_fix b);             /* rounded */
peg_fix peg_fix_div(peg_fix a, peg_fix b);             /* rounded; b != 0 */
peg_fix peg_fix_from_double(double x);                 /* rounded */
double peg_fix_to_double(peg_fix v);

#endif
