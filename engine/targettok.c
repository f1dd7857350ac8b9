/*
 * targettok.c - tokens of a target cell (see targettok.h).
 *
 * Dates are recognised before numbers, so that "31.07.20" is one date
 * and not three numbers; a '.' followed by three digits is an Italian
 * thousands separator ("1.200"), a ',' the decimal separator.  A date
 * shape outside the calendar ("31/02/2020") is a date token marked bad,
 * never read as numbers.
 */
#include "targettok.h"
#include "util.h"

#include <string.h>

/* ---- words ------------------------------------------------------------ */

static const char *const month_full[12] = {
	"gennaio", "febbraio", "marzo",	    "aprile",  "maggio",   "giugno",
	"luglio",  "agosto",   "settembre", "ottobre", "novembre", "dicembre"};
static const char *const month_abbr[12] = {"gen", "feb", "mar", "apr",
					   "mag", "giu", "lug", "ago",
					   "set", "ott", "nov", "dic"};

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_letter(int c)
{
	return (c >= 'a' && c <= 'z') || c >= 0x80;
}

int peg_tok_word_is(const struct peg_tok *k, const char *w)
{
	return k->type == PEG_T_WORD && k->len == strlen(w) &&
	       memcmp(k->s, w, k->len) == 0;
}

int peg_tok_word_starts(const struct peg_tok *k, const char *w)
{
	size_t n = strlen(w);
	return k->type == PEG_T_WORD && k->len >= n && memcmp(k->s, w, n) == 0;
}

int peg_tok_sym_is(const struct peg_tok *k, const char *s)
{
	return k->type == PEG_T_SYM && k->len == strlen(s) &&
	       memcmp(k->s, s, k->len) == 0;
}

/* Month of s[0..n): full name, or (abbr) its three-letter abbreviation;
 * 0 if none. */
static int month_of(const char *s, size_t n, int abbr)
{
	for (int m = 0; m < 12; m++) {
		if (strlen(month_full[m]) == n &&
		    memcmp(s, month_full[m], n) == 0)
			return m + 1;
		if (abbr && n == 3 && memcmp(s, month_abbr[m], 3) == 0)
			return m + 1;
	}
	return 0;
}

/* Italian number words, for "almeno un servizio", "almeno tre". */
int peg_tok_number_word(const struct peg_tok *k)
{
	static const struct {
		const char *w;
		int v;
	} words[] = {{"un", 1},	    {"uno", 1},	    {"una", 1},
		     {"un'", 1},    {"due", 2},	    {"tre", 3},
		     {"quattro", 4}, {"cinque", 5},  {"sei", 6},
		     {"sette", 7},  {"otto", 8},    {"nove", 9},
		     {"dieci", 10}, {"undici", 11}, {"dodici", 12},
		     {"quindici", 15}, {"venti", 20}, {"trenta", 30},
		     {"cinquanta", 50}, {"cento", 100}};
	for (size_t i = 0; i < PEG_COUNT(words); i++)
		if (peg_tok_word_is(k, words[i].w))
			return words[i].v;
	return 0;
}

/* ---- tokens ----------------------------------------------------------- */

static int read_int(const char *s, size_t n, int *out)
{
	int v = 0;
	if (n == 0 || n > 4)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!is_digit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int full_year(int y, size_t ndig)
{
	if (ndig == 2)
		return y < 70 ? 2000 + y : 1900 + y;
	return y;
}

static size_t digit_run(const char *p, const char *end)
{
	size_t n = 0;
	while (p + n < end && is_digit((unsigned char)p[n]))
		n++;
	return n;
}

static size_t letter_run(const char *p, const char *end)
{
	size_t n = 0;
	while (p + n < end && is_letter((unsigned char)p[n]))
		n++;
	return n;
}

/*
 * A date starting at p: d/m/y, d.m.y, d-m-y (same separator), d:m:y (a
 * date a spreadsheet turned into a time), d-mon-y.  Returns its length,
 * 0 when there is none.
 */
static size_t scan_date(const char *p, const char *end, struct peg_tok *k)
{
	size_t a = digit_run(p, end);
	if (a < 1 || a > 2 || p + a >= end)
		return 0;
	char sep = p[a];
	if (sep != '/' && sep != '.' && sep != '-' && sep != ':')
		return 0;
	const char *q = p + a + 1;
	int day = 0, mon = 0, yr = 0;
	read_int(p, a, &day);
	size_t b = digit_run(q, end);
	size_t ml = 0;
	if (b >= 1 && b <= 2) {
		read_int(q, b, &mon);
	} else if (b == 0 && sep == '-' && (ml = letter_run(q, end)) >= 3) {
		mon = month_of(q, ml, 1);
		if (!mon && ml > 3)
			mon = month_of(q, 3, 1);
		if (!mon)
			return 0;
		b = ml;
	} else {
		return 0;
	}
	q += b;
	if (q >= end || *q != sep)
		return 0;
	q++;
	size_t c = digit_run(q, end);
	if (c != 2 && c != 4)
		return 0;
	if (q + c < end && (is_digit((unsigned char)q[c]) ||
			    q[c] == sep || q[c] == '/' || q[c] == ':'))
		return 0;
	read_int(q, c, &yr);
	yr = full_year(yr, c);
	k->type = PEG_T_DATE;
	if (peg_date_make(yr, mon, day, &k->date, NULL))
		k->bad = 1;
	k->timelike = sep == ':';
	k->short_year = c == 2;
	return (size_t)(q + c - p);
}

/*
 * A number at p: digits, '.' groups of three (Italian thousands), a
 * decimal comma, then an optional '%'.  Read with num.c in the decimal-
 * comma dialect.  A '.' not followed by three digits ends the number.
 */
static size_t scan_number(const char *p, const char *end, struct peg_tok *k)
{
	const char *q = p;
	size_t d = digit_run(q, end);
	q += d;
	int grouped = 0;
	while (q + 4 <= end && *q == '.' && digit_run(q + 1, end) == 3) {
		q += 4;
		grouped = 1;
	}
	int integer = 1;
	if (q + 1 < end && *q == ',' && is_digit((unsigned char)q[1])) {
		q++;
		q += digit_run(q, end);
		integer = 0;
	}
	char buf[64];
	size_t len = (size_t)(q - p);
	if (len >= sizeof(buf))
		len = sizeof(buf) - 1;
	memcpy(buf, p, len);
	buf[len] = '\0';
	const char *why;
	peg_fix v;
	if (peg_parse_fix(buf, PEG_DEC_COMMA, 0, &v, NULL, &why))
		v = -1; /* too large or too precise: unusable */
	k->type = PEG_T_NUM;
	k->value = v;
	k->integer = integer && v >= 0 && v % PEG_FIX_ONE == 0;
	k->digits = (int)d;
	k->grouped = grouped;
	k->yearshape = !grouped && integer && d == 4 && v >= 0;
	k->yearlike = k->yearshape && v >= PEG_FIX(1900) &&
		      v <= PEG_FIX(2100);
	const char *r = q;
	while (r < end && *r == ' ')
		r++;
	if (r < end && *r == '%') {
		k->pct = 1;
		k->yearlike = 0;
		k->yearshape = 0;
		q = r + 1;
	}
	return (size_t)(q - p);
}

/*
 * A '-' at p that is the minus sign of the number after it: glued to the
 * digits ("-10%", "-5") and not after a digit or a letter (a range
 * "2020-2022", "10-20", a date "31-dic-20" is not a sign), or the first
 * thing in the cell followed by a number ("- 3 giorni").  A dash before a
 * date ("- 31/12/2020") or before text ("- realizzazione") is no sign.
 * Returns the length up to the number, 0 if the '-' is not a sign.
 */
static size_t minus_sign(const char *text, const char *p, const char *end)
{
	struct peg_tok tmp;
	const char *q = p + 1;
	if (p > text) {
		unsigned char b = (unsigned char)p[-1];
		if (is_digit(b) || is_letter(b) || b == '-' || b == '/' ||
		    b == '.' || b == ',')
			return 0;
	}
	if (q < end && *q == ' ') {
		const char *s = text;
		while (s < p && *s == ' ')
			s++;
		if (s != p)
			return 0; /* "5 - 10": a range or a separator */
		while (q < end && *q == ' ')
			q++;
	}
	if (q >= end || !is_digit((unsigned char)*q))
		return 0;
	memset(&tmp, 0, sizeof(tmp));
	if (scan_date(q, end, &tmp))
		return 0;
	return (size_t)(q - p);
}

static int push(struct peg_toks *r, const struct peg_tok *k)
{
	if (r->n == PEG_TOK_MAX)
		return -1;
	r->tok[r->n++] = *k;
	return 0;
}

void peg_tokenize(struct peg_toks *r)
{
	const char *p = r->text, *end = r->text + strlen(r->text);
	while (p < end) {
		struct peg_tok k;
		memset(&k, 0, sizeof(k));
		unsigned char c = (unsigned char)*p;
		size_t len;
		if (c == ' ') {
			p++;
			continue;
		}
		k.s = p;
		if (c == '-' && (len = minus_sign(r->text, p, end)) > 0) {
			p += len;
			k.s = p;
			len = scan_number(p, end, &k);
			k.neg = 1;
			k.yearlike = 0;
			k.yearshape = 0;
		} else if (is_digit(c)) {
			len = scan_date(p, end, &k);
			if (!len)
				len = scan_number(p, end, &k);
		} else if (is_letter(c)) {
			len = letter_run(p, end);
			/* "un'" keeps its apostrophe: a number word */
			if (p + len < end && p[len] == '\'')
				len++;
			int m = month_of(p, len, 0);
			/* "entroluglio": a word glued to a month */
			if (!m && len > 5 && memcmp(p, "entro", 5) == 0 &&
			    month_of(p + 5, len - 5, 0)) {
				k.type = PEG_T_WORD;
				k.len = 5;
				if (push(r, &k))
					return;
				memset(&k, 0, sizeof(k));
				k.s = p + 5;
				p += 5;
				len -= 5;
				m = month_of(p, len, 0);
			}
			/* "set-19": a month and a two- or four-digit year */
			int ma = month_of(p, len, 1);
			size_t yd = p + len + 1 < end && p[len] == '-'
					    ? digit_run(p + len + 1, end)
					    : 0;
			if (ma && (yd == 2 || yd == 4) &&
			    !(p + len + 1 + yd < end &&
			      (is_digit((unsigned char)p[len + 1 + yd]) ||
			       p[len + 1 + yd] == '-'))) {
				int y = 0;
				read_int(p + len + 1, yd, &y);
				y = full_year(y, yd);
				if (!peg_date_make(y, ma, peg_days_in_month(y, ma),
						   &k.date, NULL)) {
					k.type = PEG_T_DATE;
					k.month = ma;
					k.monthend = 1;
					k.short_year = yd == 2;
					len += 1 + yd;
				}
			}
			if (k.type != PEG_T_DATE) {
				k.type = m ? PEG_T_MONTH : PEG_T_WORD;
				k.month = m;
			}
		} else if ((c == '>' || c == '<') && p + 1 < end &&
			   p[1] == '=') {
			k.type = PEG_T_SYM;
			len = 2;
		} else {
			k.type = PEG_T_SYM;
			len = 1;
		}
		k.len = len;
		if (push(r, &k))
			return;
		p += len;
	}
}

