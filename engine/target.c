/*
 * target.c - the target normaliser (see target.h).
 *
 * The cell is folded (lower case, no accents, ASCII signs), cut into
 * tokens (numbers, dates, month names, words, signs), and read in two
 * passes: dates first (they consume their numbers: the 2020 of "entro
 * dicembre 2020" is not a count), then quantities with the bound word
 * before them ("almeno", "massimo", ">", "inferiore a", ...) or the unit
 * after them ('%', "punti percentuali").  What is left decides between a
 * deadline, a quantity, both (two parts) or nothing measurable.
 */
#include "target.h"
#include "doctext.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAX_TEXT 2000
#define MAX_TOK 256

enum tok_type { T_NUM, T_DATE, T_MONTH, T_WORD, T_SYM };

struct tok {
	enum tok_type type;
	const char *s;  /* folded text of the token */
	size_t len;
	peg_fix value;  /* T_NUM */
	int integer;    /* T_NUM: no decimals */
	int pct;        /* T_NUM: followed by '%' */
	int yearlike;   /* T_NUM: four digits 1900..2100, no separator */
	int digits;     /* T_NUM: number of digits written */
	int grouped;    /* T_NUM: had '.' thousands separators */
	peg_date date;  /* T_DATE */
	int timelike;   /* T_DATE: written hh:mm:ss */
	int short_year; /* T_DATE: two-digit year */
	int month;      /* T_MONTH (1..12), T_DATE with only a month+year */
	int monthend;   /* T_DATE: from a month and a year (last day) */
	int bad;        /* T_DATE: date-shaped, but not in the calendar */
	int used;       /* consumed by a date */
};

struct reader {
	struct tok tok[MAX_TOK];
	size_t n;
	char text[MAX_TEXT + 1];
	struct peg_target *t;
};

static void note(struct peg_target *t, int level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void note(struct peg_target *t, int level, const char *fmt, ...)
{
	size_t len = strlen(t->note);
	if (len + 3 >= sizeof(t->note))
		return;
	if (len) {
		memcpy(t->note + len, "; ", 3);
		len += 2;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->note + len, sizeof(t->note) - len, fmt, ap);
	va_end(ap);
	if (level > t->level)
		t->level = level;
}

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

static int word_is(const struct tok *k, const char *w)
{
	return k->type == T_WORD && k->len == strlen(w) &&
	       memcmp(k->s, w, k->len) == 0;
}

static int word_starts(const struct tok *k, const char *w)
{
	size_t n = strlen(w);
	return k->type == T_WORD && k->len >= n && memcmp(k->s, w, n) == 0;
}

static int sym_is(const struct tok *k, const char *s)
{
	return k->type == T_SYM && k->len == strlen(s) &&
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
static int number_word(const struct tok *k)
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
		if (word_is(k, words[i].w))
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

static int make_date(int y, int m, int d, peg_date *out)
{
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 ||
	    d > peg_days_in_month(y, m))
		return -1;
	*out = peg_date_from_ymd(y, m, d);
	return 0;
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
static size_t scan_date(const char *p, const char *end, struct tok *k)
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
	k->type = T_DATE;
	if (make_date(yr, mon, day, &k->date))
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
static size_t scan_number(const char *p, const char *end, struct tok *k)
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
	k->type = T_NUM;
	k->value = v;
	k->integer = integer && v >= 0 && v % PEG_FIX_ONE == 0;
	k->digits = (int)d;
	k->grouped = grouped;
	k->yearlike = !grouped && integer && d == 4 && v >= PEG_FIX(1900) &&
		      v <= PEG_FIX(2100);
	const char *r = q;
	while (r < end && *r == ' ')
		r++;
	if (r < end && *r == '%') {
		k->pct = 1;
		k->yearlike = 0;
		q = r + 1;
	}
	return (size_t)(q - p);
}

static int push(struct reader *r, const struct tok *k)
{
	if (r->n == MAX_TOK)
		return -1;
	r->tok[r->n++] = *k;
	return 0;
}

static void tokenize(struct reader *r)
{
	const char *p = r->text, *end = r->text + strlen(r->text);
	while (p < end) {
		struct tok k;
		memset(&k, 0, sizeof(k));
		unsigned char c = (unsigned char)*p;
		size_t len;
		if (c == ' ') {
			p++;
			continue;
		}
		k.s = p;
		if (is_digit(c)) {
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
				k.type = T_WORD;
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
				if (!make_date(y, ma, peg_days_in_month(y, ma),
					       &k.date)) {
					k.type = T_DATE;
					k.month = ma;
					k.monthend = 1;
					k.short_year = yd == 2;
					len += 1 + yd;
				}
			}
			if (k.type != T_DATE) {
				k.type = m ? T_MONTH : T_WORD;
				k.month = m;
			}
		} else if ((c == '>' || c == '<') && p + 1 < end &&
			   p[1] == '=') {
			k.type = T_SYM;
			len = 2;
		} else {
			k.type = T_SYM;
			len = 1;
		}
		k.len = len;
		if (push(r, &k))
			return;
		p += len;
	}
}

/* ---- dates ------------------------------------------------------------ */

struct cand {
	size_t at;      /* first token */
	peg_date date;
	int entro;      /* "entro" shortly before */
	int start;      /* a start ("da", "a partire da"), not a deadline */
	const char *how;/* static: what was assumed, or NULL */
};

static int filler(const struct tok *k)
{
	static const char *const w[] = {
		"il", "lo", "la", "l'", "i", "gli", "le", "al", "allo", "alla",
		"ai", "agli", "alle", "a", "del", "della", "dei", "delle", "di",
		"n", "nr", "num", "numero", "pari", "fine", "l", "anno",
		"nel", "nell'", "data", "termine", "giorno", "mese", "dell'",
		"entro", "massimo", "max"};
	if (k->type == T_SYM && (sym_is(k, ".") || sym_is(k, ",")))
		return 1;
	for (size_t i = 0; i < PEG_COUNT(w); i++)
		if (word_is(k, w[i]))
			return 1;
	return 0;
}

/* Looks back from token i over filler words for "entro" or a start. */
static void date_context(const struct reader *r, size_t i, struct cand *c)
{
	for (size_t back = 0, j = i; j > 0 && back < 4; back++) {
		const struct tok *k = &r->tok[--j];
		if (word_is(k, "entro") || word_is(k, "scadenza") ||
		    word_is(k, "termine")) {
			c->entro = 1;
			return;
		}
		if (word_is(k, "da") || word_is(k, "dal") ||
		    word_is(k, "dalla") || word_is(k, "dall'") ||
		    word_is(k, "partire") || word_is(k, "decorrere") ||
		    word_is(k, "dopo")) {
			c->start = 1;
			return;
		}
		if (!filler(k))
			return;
	}
}

static const char *const ordinal[] = {"primo", "secondo", "terzo",
				      "quarto", "quinto", "sesto"};

static int ordinal_of(const struct tok *k)
{
	for (int i = 0; i < 6; i++)
		if (word_is(k, ordinal[i]))
			return i + 1;
	return 0;
}

/* "primo semestre 2020": months in the period, 0 if not a period word. */
static int period_months(const struct tok *k)
{
	if (word_is(k, "semestre"))
		return 6;
	if (word_is(k, "quadrimestre"))
		return 4;
	if (word_is(k, "trimestre"))
		return 3;
	if (word_is(k, "bimestre"))
		return 2;
	return 0;
}

/* The next token after i that is not "del", "dell'", "anno"... */
static size_t skip_to_year(const struct reader *r, size_t i)
{
	while (i < r->n && (word_is(&r->tok[i], "del") ||
			    word_is(&r->tok[i], "dell'") ||
			    word_is(&r->tok[i], "anno") ||
			    word_is(&r->tok[i], "l'") ||
			    word_is(&r->tok[i], "nel")))
		i++;
	return i;
}

static size_t find_dates(struct reader *r, int year, struct cand *c,
			 size_t max)
{
	size_t nc = 0;
	for (size_t i = 0; i < r->n && nc < max; i++) {
		struct tok *k = &r->tok[i];
		struct cand d = {i, 0, 0, 0, NULL};
		size_t last = i;
		if (k->type == T_DATE) {
			d.date = k->date;
			if (k->timelike)
				d.how = "written like a time (a spreadsheet "
					"turned the date into hh:mm:ss)";
		} else if (k->type == T_MONTH) {
			int y = year, explicit_year = 0;
			size_t j = skip_to_year(r, i + 1);
			if (j < r->n && r->tok[j].type == T_NUM &&
			    r->tok[j].yearlike) {
				y = (int)(r->tok[j].value / PEG_FIX_ONE);
				explicit_year = 1;
				last = j;
			}
			int day = peg_days_in_month(y, k->month);
			/* "15 settembre 2020": a day before the month */
			if (i > 0 && r->tok[i - 1].type == T_NUM &&
			    r->tok[i - 1].integer && !r->tok[i - 1].pct &&
			    r->tok[i - 1].value >= PEG_FIX_ONE &&
			    r->tok[i - 1].value <= PEG_FIX(day)) {
				day = (int)(r->tok[i - 1].value / PEG_FIX_ONE);
				r->tok[i - 1].used = 1;
				d.at = i - 1;
			}
			if (make_date(y, k->month, day, &d.date))
				continue;
			if (!explicit_year)
				d.how = "a month without a year: the plan "
					"year is assumed";
		} else if (ordinal_of(k) && i + 1 < r->n &&
			   period_months(&r->tok[i + 1])) {
			int ord = ordinal_of(k);
			int len = period_months(&r->tok[i + 1]);
			size_t j = skip_to_year(r, i + 2);
			int y = year;
			if (j < r->n && r->tok[j].type == T_NUM &&
			    r->tok[j].yearlike) {
				y = (int)(r->tok[j].value / PEG_FIX_ONE);
				last = j;
			} else {
				d.how = "a period without a year: the plan "
					"year is assumed";
			}
			int m = ord * len;
			if (m > 12)
				continue;
			make_date(y, m, peg_days_in_month(y, m), &d.date);
			last = last > i + 1 ? last : i + 1;
		} else if (k->type == T_NUM && k->yearlike && !k->used) {
			/* "entro 2022", "entro il 2020", a bare "2020" */
			int y = (int)(k->value / PEG_FIX_ONE);
			struct cand tmp = d;
			date_context(r, i, &tmp);
			if (!tmp.entro && r->n != 1)
				continue;
			make_date(y, 12, 31, &d.date);
			d.how = r->n == 1 ? "a bare year is read as a "
					    "deadline on 31 December"
					  : NULL;
		} else {
			continue;
		}
		date_context(r, d.at, &d);
		for (size_t u = d.at; u <= last; u++)
			r->tok[u].used = 1;
		c[nc++] = d;
		i = last;
	}
	return nc;
}

/* ---- quantities ------------------------------------------------------- */

enum bound { B_NONE, B_MIN, B_MIN_STRICT, B_MAX, B_MAX_STRICT, B_REL,
	     B_REDUCE, B_COUNT };

struct qty {
	size_t at;
	peg_fix value;
	int integer, pct, word;
	enum bound bound;
	int pp;       /* followed by "punti" */
	int days;     /* followed by "giorni" */
};

/*
 * The bound word just before token i ("almeno 6", "non inferiori al 70 %",
 * "> 5"), skipping filler words.  An increase or a reduction may stand a
 * couple of words away ("aumento follower del 50%").
 */
static enum bound bound_before(const struct reader *r, size_t i)
{
	int skipped = 0;
	for (size_t back = 0, j = i; j > 0 && back < 6; back++) {
		const struct tok *k = &r->tok[--j];
		const struct tok *prev = j > 0 ? &r->tok[j - 1] : NULL;
		int neg = prev && word_is(prev, "non");
		enum bound b = B_NONE;
		if (word_is(k, "almeno") || word_is(k, "minimo") ||
		    word_is(k, "min") || sym_is(k, ">="))
			b = B_MIN;
		else if (sym_is(k, ">") || word_is(k, "oltre"))
			b = B_MIN_STRICT;
		else if (word_starts(k, "inferior") || word_is(k, "meno"))
			b = neg ? B_MIN : B_MAX_STRICT;
		else if (word_starts(k, "superior") || word_is(k, "piu"))
			b = neg ? B_MAX : B_MIN_STRICT;
		else if (word_is(k, "massimo") || word_is(k, "max") ||
			 sym_is(k, "<=") || word_is(k, "fino"))
			b = B_MAX;
		else if (sym_is(k, "<") || word_is(k, "sotto"))
			b = B_MAX_STRICT;
		else if ((word_is(k, "n") || word_is(k, "nr") ||
			  word_is(k, "numero")) && back <= 1)
			b = B_COUNT;
		if (b != B_NONE)
			return skipped ? B_NONE : b;
		if (word_is(k, "aumento") || word_is(k, "incremento") ||
		    word_is(k, "crescita") || word_starts(k, "aumentar") ||
		    word_starts(k, "incrementar") || sym_is(k, "+"))
			return B_REL;
		if (word_is(k, "riduzione") || word_is(k, "diminuzione") ||
		    word_starts(k, "ridurr") || word_starts(k, "diminuir") ||
		    word_is(k, "calo"))
			return B_REDUCE;
		if (!filler(k) && ++skipped > 2)
			return B_NONE;
	}
	return B_NONE;
}

static size_t find_qty(struct reader *r, struct qty *q, size_t max)
{
	size_t nq = 0;
	for (size_t i = 0; i < r->n && nq < max; i++) {
		struct tok *k = &r->tok[i];
		struct qty x;
		memset(&x, 0, sizeof(x));
		x.at = i;
		if (k->used)
			continue;
		if (k->type == T_NUM) {
			x.value = k->value;
			x.integer = k->integer;
			x.pct = k->pct;
		} else if (number_word(k)) {
			x.bound = bound_before(r, i);
			if (x.bound != B_MIN && x.bound != B_MIN_STRICT &&
			    x.bound != B_MAX && x.bound != B_MAX_STRICT)
				continue;
			x.value = PEG_FIX(number_word(k));
			x.integer = 1;
			x.word = 1;
			q[nq++] = x;
			continue;
		} else {
			continue;
		}
		x.bound = bound_before(r, i);
		if (i + 1 < r->n && (word_is(&r->tok[i + 1], "punti") ||
				     word_is(&r->tok[i + 1], "punto")))
			x.pp = 1;
		if (i + 1 < r->n && (word_is(&r->tok[i + 1], "giorni") ||
				     word_is(&r->tok[i + 1], "giorno") ||
				     word_is(&r->tok[i + 1], "gg")))
			x.days = 1;
		q[nq++] = x;
	}
	return nq;
}

/* ---- the reading ------------------------------------------------------ */

static int has_word(const struct reader *r, const char *prefix)
{
	for (size_t i = 0; i < r->n; i++)
		if (word_starts(&r->tok[i], prefix))
			return 1;
	return 0;
}

static void set_qualitative(struct peg_target *t, int year)
{
	t->n = 1;
	memset(&t->part[0], 0, sizeof(t->part[0]));
	t->part[0].kind = PEG_KIND_QUALITATIVE;
	t->part[0].year = year;
	t->part[0].unit = "";
}

static int is_yes(const char *s)
{
	return strcmp(s, "si") == 0 || strcmp(s, "si'") == 0 ||
	       strcmp(s, "yes") == 0 || strcmp(s, "si.") == 0;
}

/* The quantity part from q, with the strict-bound and unit rules. */
static void quantity_part(struct peg_target *t, const struct qty *q,
			  int year, struct peg_target_part *p)
{
	memset(p, 0, sizeof(*p));
	p->value = q->value;
	p->percent = q->pct;
	p->year = year;
	p->unit = q->pct ? "%" : q->days ? "days" : "n";
	char b[PEG_NUMBUF], b2[PEG_NUMBUF];
	switch (q->bound) {
	case B_MIN:
		p->kind = PEG_KIND_MIN;
		break;
	case B_MIN_STRICT:
		p->kind = PEG_KIND_MIN;
		if (q->integer && !q->pct) {
			p->value += PEG_FIX_ONE;
			note(t, PEG_TL_INFO,
			     "a strict lower bound on a whole number: more "
			     "than %s is at least %s",
			     peg_fix_str(q->value, b),
			     peg_fix_str(p->value, b2));
		} else {
			note(t, PEG_TL_INFO,
			     "a strict lower bound on a percentage: the "
			     "number is kept");
		}
		break;
	case B_MAX:
		p->kind = PEG_KIND_MAX;
		break;
	case B_MAX_STRICT:
		p->kind = PEG_KIND_MAX;
		if (q->integer && !q->pct && q->value > PEG_FIX_ONE) {
			p->value -= PEG_FIX_ONE;
			note(t, PEG_TL_INFO,
			     "a strict upper bound on a whole number: less "
			     "than %s is at most %s",
			     peg_fix_str(q->value, b),
			     peg_fix_str(p->value, b2));
		} else {
			note(t, PEG_TL_INFO,
			     "a strict upper bound on a percentage: the "
			     "number is kept");
		}
		break;
	case B_REL:
		p->kind = PEG_KIND_RELATIVE_CHANGE;
		p->unit = "%";
		break;
	default:
		p->kind = q->pct ? PEG_KIND_PERCENT : PEG_KIND_COUNT;
		break;
	}
	if (q->pp) {
		p->kind = PEG_KIND_PP_INCREMENT;
		p->unit = "pp";
		note(t, PEG_TL_INFO,
		     "percentage points over a baseline: the baseline must "
		     "be given");
	}
	if (q->word)
		note(t, PEG_TL_INFO, "a number written in words");
}

static void deadline_part(struct peg_target *t, const struct cand *c,
			  int year, struct peg_target_part *p)
{
	int y, m, d;
	char b[PEG_NUMBUF];
	memset(p, 0, sizeof(*p));
	p->kind = PEG_KIND_DEADLINE;
	p->date = c->date;
	p->unit = "";
	peg_date_to_ymd(c->date, &y, &m, &d);
	p->year = y > year ? y : year;
	if (c->how)
		note(t, PEG_TL_INFO, "%s", c->how);
	if (y > year)
		note(t, PEG_TL_INFO, "the deadline %s falls in %d: the target "
				     "is for %d",
		     peg_date_str(c->date, b), y, y);
	else if (y < year)
		note(t, PEG_TL_INFO, "the deadline %s is before the plan year "
				     "%d",
		     peg_date_str(c->date, b), year);
}

void peg_target_read(const char *text, int year, struct peg_target *t)
{
	struct reader rr, *r = &rr;
	memset(t, 0, sizeof(*t));
	r->n = 0;
	r->t = t;
	peg_fold_buf(text ? text : "", r->text, sizeof(r->text));
	/* A trailing footnote mark ("stabile rispetto al 2019*") */
	size_t len = strlen(r->text);
	while (len && (r->text[len - 1] == '*' || r->text[len - 1] == ' '))
		r->text[--len] = '\0';
	set_qualitative(t, year);
	if (len == 0) {
		note(t, PEG_TL_HUMAN, "no target written");
		return;
	}
	if (is_yes(r->text)) {
		t->part[0].kind = PEG_KIND_BOOLEAN;
		t->part[0].value = PEG_FIX_ONE;
		return;
	}
	if (strcmp(r->text, "no") == 0) {
		note(t, PEG_TL_HUMAN, "'no' is not a target that can be met");
		return;
	}
	tokenize(r);
	for (size_t i = 0; i < r->n; i++)
		if (r->tok[i].type == T_DATE && r->tok[i].bad) {
			note(t, PEG_TL_HUMAN, "'%.*s' is not a date of the "
					      "calendar",
			     (int)r->tok[i].len, r->tok[i].s);
			return;
		}

	if (has_word(r, "stabil") || has_word(r, "invariat")) {
		note(t, PEG_TL_HUMAN, "a target relative to an unstated value "
				      "(it needs a baseline)");
		return;
	}

	struct cand c[8];
	size_t nc = find_dates(r, year, c, PEG_COUNT(c));
	struct qty q[8];
	size_t nq = find_qty(r, q, PEG_COUNT(q));

	/* Dates that start something are not deadlines. */
	const struct cand *dl = NULL;
	size_t ndl = 0;
	for (size_t i = 0; i < nc; i++)
		if (!c[i].start) {
			if (!dl)
				dl = &c[i];
			ndl++;
		}
	if (ndl > 1)
		note(t, PEG_TL_INFO, "several dates: the first is the "
				     "deadline");

	const struct qty *qt = NULL;
	if (nq == 1) {
		qt = &q[0];
	} else if (nq > 1) {
		note(t, PEG_TL_HUMAN, "several numbers and no single target");
		return;
	}
	if (qt && qt->value < 0) {
		note(t, PEG_TL_HUMAN, "a number that cannot be read");
		return;
	}
	if (qt && qt->bound == B_REDUCE) {
		note(t, PEG_TL_HUMAN, "a reduction cannot be scored as a "
				      "positive target");
		return;
	}
	if (qt && qt->bound == B_REL && !qt->pct && !qt->pp) {
		note(t, PEG_TL_HUMAN, "an increase without a percentage");
		return;
	}
	if (qt && qt->value == 0) {
		note(t, PEG_TL_HUMAN, "a target of 0 cannot be scored");
		return;
	}

	if (!qt && !dl) {
		if (nc)
			note(t, PEG_TL_HUMAN, "a start date is not a deadline: "
					      "no measurable target");
		else if (has_word(r, "entro"))
			note(t, PEG_TL_HUMAN, "'entro' without a date: no "
					      "measurable target");
		else
			note(t, PEG_TL_HUMAN, "free text with no measurable "
					      "target");
		return;
	}
	if (qt && !dl) {
		quantity_part(t, qt, year, &t->part[0]);
		if (has_word(r, "suddivis") || has_word(r, "ripartit")) {
			t->split = 1;
			note(t, PEG_TL_INFO, "a total over several years: the "
					     "split per year is in the year "
					     "columns");
		} else if (qt->at > 0 && !qt->pct && qt->bound == B_NONE &&
			   r->tok[0].type == T_WORD) {
			note(t, PEG_TL_INFO, "a number found in free text is "
					     "read as the count to reach");
		}
		return;
	}
	if (!qt) {
		deadline_part(t, dl, year, &t->part[0]);
		return;
	}
	/* A quantity and a date: two indicators (conventions rule 11). */
	deadline_part(t, dl, year, &t->part[1]);
	quantity_part(t, qt, t->part[1].year, &t->part[0]);
	t->n = 2;
	note(t, PEG_TL_INFO, "a quantity and a date in one cell: two "
			     "targets");
}

const char *peg_target_str(const struct peg_target_part *p, char *buf)
{
	switch (p->kind) {
	case PEG_KIND_QUALITATIVE:
		buf[0] = '\0';
		return buf;
	case PEG_KIND_DEADLINE:
		return peg_date_str(p->date, buf);
	case PEG_KIND_BOOLEAN:
		strcpy(buf, "yes");
		return buf;
	default:
		return peg_fix_str(p->value, buf);
	}
}
