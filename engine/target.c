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
#include "targettok.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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

/* ---- dates ------------------------------------------------------------ */

struct cand {
	size_t at;      /* first token */
	peg_date date;
	int entro;      /* "entro" shortly before */
	int start;      /* a start ("da", "a partire da"), not a deadline */
	const char *how;/* static: what was assumed, or NULL */
};

static int filler(const struct peg_tok *k)
{
	static const char *const w[] = {
		"il", "lo", "la", "l'", "i", "gli", "le", "al", "allo", "alla",
		"ai", "agli", "alle", "a", "del", "della", "dei", "delle", "di",
		"n", "nr", "num", "numero", "pari", "fine", "l", "anno",
		"nel", "nell'", "data", "termine", "giorno", "mese", "dell'",
		"entro", "massimo", "max"};
	if (k->type == PEG_T_SYM && (peg_tok_sym_is(k, ".") || peg_tok_sym_is(k, ",")))
		return 1;
	for (size_t i = 0; i < PEG_COUNT(w); i++)
		if (peg_tok_word_is(k, w[i]))
			return 1;
	return 0;
}

/* Looks back from token i over filler words for "entro" or a start. */
static void date_context(const struct peg_toks *r, size_t i, struct cand *c)
{
	for (size_t back = 0, j = i; j > 0 && back < 4; back++) {
		const struct peg_tok *k = &r->tok[--j];
		if (peg_tok_word_is(k, "entro") || peg_tok_word_is(k, "scadenza") ||
		    peg_tok_word_is(k, "termine")) {
			c->entro = 1;
			return;
		}
		if (peg_tok_word_is(k, "da") || peg_tok_word_is(k, "dal") ||
		    peg_tok_word_is(k, "dalla") || peg_tok_word_is(k, "dall'") ||
		    peg_tok_word_is(k, "partire") || peg_tok_word_is(k, "decorrere") ||
		    peg_tok_word_is(k, "dopo")) {
			c->start = 1;
			return;
		}
		if (!filler(k))
			return;
	}
}

static const char *const ordinal[] = {"primo", "secondo", "terzo",
				      "quarto", "quinto", "sesto"};

static int ordinal_of(const struct peg_tok *k)
{
	for (int i = 0; i < 6; i++)
		if (peg_tok_word_is(k, ordinal[i]))
			return i + 1;
	return 0;
}

/* "primo semestre 2020": months in the period, 0 if not a period word. */
static int period_months(const struct peg_tok *k)
{
	if (peg_tok_word_is(k, "semestre"))
		return 6;
	if (peg_tok_word_is(k, "quadrimestre"))
		return 4;
	if (peg_tok_word_is(k, "trimestre"))
		return 3;
	if (peg_tok_word_is(k, "bimestre"))
		return 2;
	return 0;
}

/* The next token after i that is not "del", "dell'", "anno"... */
static size_t skip_to_year(const struct peg_toks *r, size_t i)
{
	while (i < r->n && (peg_tok_word_is(&r->tok[i], "del") ||
			    peg_tok_word_is(&r->tok[i], "dell'") ||
			    peg_tok_word_is(&r->tok[i], "anno") ||
			    peg_tok_word_is(&r->tok[i], "l'") ||
			    peg_tok_word_is(&r->tok[i], "nel")))
		i++;
	return i;
}

/*
 * A four-digit number outside 1900..2100 where a year is written: after
 * "entro" ("entro 2150"), after a month or a period ("giugno 2150",
 * "primo semestre 1899").  Its index, or r->n when there is none: such a
 * year is never read as a count, nor replaced by the plan year.
 */
static size_t bad_year(const struct peg_toks *r)
{
	for (size_t i = 0; i < r->n; i++) {
		const struct peg_tok *k = &r->tok[i];
		if (k->type != PEG_T_NUM || !k->yearshape || k->yearlike)
			continue;
		struct cand tmp;
		memset(&tmp, 0, sizeof(tmp));
		date_context(r, i, &tmp);
		if (tmp.entro)
			return i;
		size_t j = i;
		while (j > 0 && (peg_tok_word_is(&r->tok[j - 1], "del") ||
				 peg_tok_word_is(&r->tok[j - 1], "dell'") ||
				 peg_tok_word_is(&r->tok[j - 1], "anno") ||
				 peg_tok_word_is(&r->tok[j - 1], "l'") ||
				 peg_tok_word_is(&r->tok[j - 1], "nel")))
			j--;
		if (j > 0 && (r->tok[j - 1].type == PEG_T_MONTH ||
			      period_months(&r->tok[j - 1])))
			return i;
	}
	return r->n;
}

static size_t find_dates(struct peg_toks *r, int year, struct cand *c,
			 size_t max)
{
	size_t nc = 0;
	for (size_t i = 0; i < r->n && nc < max; i++) {
		struct peg_tok *k = &r->tok[i];
		struct cand d = {i, 0, 0, 0, NULL};
		size_t last = i;
		if (k->type == PEG_T_DATE) {
			d.date = k->date;
			if (k->timelike)
				d.how = "written like a time (a spreadsheet "
					"turned the date into hh:mm:ss)";
		} else if (k->type == PEG_T_MONTH) {
			int y = year, explicit_year = 0;
			size_t j = skip_to_year(r, i + 1);
			if (j < r->n && r->tok[j].type == PEG_T_NUM &&
			    r->tok[j].yearlike) {
				y = (int)(r->tok[j].value / PEG_FIX_ONE);
				explicit_year = 1;
				last = j;
			}
			int day = peg_days_in_month(y, k->month);
			/* "15 settembre 2020": a day before the month */
			if (i > 0 && r->tok[i - 1].type == PEG_T_NUM &&
			    r->tok[i - 1].integer && !r->tok[i - 1].pct &&
			    r->tok[i - 1].value >= PEG_FIX_ONE &&
			    r->tok[i - 1].value <= PEG_FIX(day)) {
				day = (int)(r->tok[i - 1].value / PEG_FIX_ONE);
				r->tok[i - 1].used = 1;
				d.at = i - 1;
			}
			if (peg_date_make(y, k->month, day, &d.date, NULL))
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
			if (j < r->n && r->tok[j].type == PEG_T_NUM &&
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
			peg_date_make(y, m, peg_days_in_month(y, m), &d.date, NULL);
			last = last > i + 1 ? last : i + 1;
		} else if (k->type == PEG_T_NUM && k->yearlike && !k->used) {
			/* "entro 2022", "entro il 2020", a bare "2020" */
			int y = (int)(k->value / PEG_FIX_ONE);
			struct cand tmp = d;
			date_context(r, i, &tmp);
			if (!tmp.entro && r->n != 1)
				continue;
			peg_date_make(y, 12, 31, &d.date, NULL);
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
	const char *time; /* static: the time unit after it ("days" for
			   * "giorni"), NULL if none */
	int neg;      /* written with a minus sign */
	int entro;    /* "entro" shortly before */
};

/*
 * The bound word just before token i ("almeno 6", "non inferiori al 70 %",
 * "> 5"), skipping filler words.  An increase or a reduction may stand a
 * couple of words away ("aumento follower del 50%").
 */
static enum bound bound_before(const struct peg_toks *r, size_t i)
{
	int skipped = 0;
	for (size_t back = 0, j = i; j > 0 && back < 6; back++) {
		const struct peg_tok *k = &r->tok[--j];
		const struct peg_tok *prev = j > 0 ? &r->tok[j - 1] : NULL;
		int neg = prev && peg_tok_word_is(prev, "non");
		enum bound b = B_NONE;
		if (peg_tok_word_is(k, "almeno") || peg_tok_word_is(k, "minimo") ||
		    peg_tok_word_is(k, "min") || peg_tok_sym_is(k, ">="))
			b = B_MIN;
		else if (peg_tok_sym_is(k, ">"))
			b = B_MIN_STRICT;
		else if (peg_tok_word_is(k, "oltre"))
			b = neg ? B_MAX : B_MIN_STRICT; /* "non oltre 30" */
		else if (peg_tok_word_starts(k, "inferior") || peg_tok_word_is(k, "meno"))
			b = neg ? B_MIN : B_MAX_STRICT;
		else if (peg_tok_word_starts(k, "superior") || peg_tok_word_is(k, "piu"))
			b = neg ? B_MAX : B_MIN_STRICT;
		else if (peg_tok_word_is(k, "massimo") || peg_tok_word_is(k, "max") ||
			 peg_tok_sym_is(k, "<=") || peg_tok_word_is(k, "fino"))
			b = B_MAX;
		else if (peg_tok_sym_is(k, "<") || peg_tok_word_is(k, "sotto"))
			b = B_MAX_STRICT;
		else if ((peg_tok_word_is(k, "n") || peg_tok_word_is(k, "nr") ||
			  peg_tok_word_is(k, "numero")) && back <= 1)
			b = B_COUNT;
		if (b != B_NONE)
			return skipped ? B_NONE : b;
		if (peg_tok_word_is(k, "aumento") || peg_tok_word_is(k, "incremento") ||
		    peg_tok_word_is(k, "crescita") || peg_tok_word_starts(k, "aumentar") ||
		    peg_tok_word_starts(k, "incrementar") || peg_tok_sym_is(k, "+"))
			return B_REL;
		if (peg_tok_word_is(k, "riduzione") || peg_tok_word_is(k, "diminuzione") ||
		    peg_tok_word_starts(k, "ridurr") || peg_tok_word_starts(k, "diminuir") ||
		    peg_tok_word_is(k, "calo"))
			return B_REDUCE;
		if (!filler(k) && ++skipped > 2)
			return B_NONE;
	}
	return B_NONE;
}

/* The time unit written as the word k ("30 giorni", "2 mesi"), NULL if
 * k is not one.  Exact words: "settimanale" is no unit. */
static const char *time_unit(const struct peg_tok *k)
{
	static const struct {
		const char *w, *unit;
	} units[] = {
		{"giorni", "days"},    {"giorno", "days"},   {"gg", "days"},
		{"settimane", "weeks"}, {"settimana", "weeks"},
		{"mesi", "months"},    {"mese", "months"},
		{"anni", "years"},     {"ore", "hours"},     {"ora", "hours"},
		{"minuti", "minutes"}, {"minuto", "minutes"},
	};
	for (size_t i = 0; i < PEG_COUNT(units); i++)
		if (peg_tok_word_is(k, units[i].w))
			return units[i].unit;
	return NULL;
}

/* "entro" before token i, over at most three filler words ("entro i 30
 * giorni", "entro il termine di 30 giorni"). */
static int entro_before(const struct peg_toks *r, size_t i)
{
	for (size_t back = 0, j = i; j > 0 && back < 4; back++) {
		const struct peg_tok *k = &r->tok[--j];
		if (peg_tok_word_is(k, "entro"))
			return 1;
		if (!filler(k))
			return 0;
	}
	return 0;
}

static size_t find_qty(struct peg_toks *r, struct qty *q, size_t max)
{
	size_t nq = 0;
	for (size_t i = 0; i < r->n && nq < max; i++) {
		struct peg_tok *k = &r->tok[i];
		struct qty x;
		memset(&x, 0, sizeof(x));
		x.at = i;
		if (k->used)
			continue;
		if (k->type == PEG_T_NUM) {
			x.value = k->value;
			x.integer = k->integer;
			x.pct = k->pct;
		} else if (peg_tok_number_word(k)) {
			x.bound = bound_before(r, i);
			if (x.bound != B_MIN && x.bound != B_MIN_STRICT &&
			    x.bound != B_MAX && x.bound != B_MAX_STRICT)
				continue;
			x.value = PEG_FIX(peg_tok_number_word(k));
			x.integer = 1;
			x.word = 1;
			q[nq++] = x;
			continue;
		} else {
			continue;
		}
		x.bound = bound_before(r, i);
		if (i + 1 < r->n && (peg_tok_word_is(&r->tok[i + 1], "punti") ||
				     peg_tok_word_is(&r->tok[i + 1], "punto")))
			x.pp = 1;
		if (i + 1 < r->n && !k->pct)
			x.time = time_unit(&r->tok[i + 1]);
		x.neg = k->neg;
		x.entro = entro_before(r, i);
		q[nq++] = x;
	}
	return nq;
}

/* ---- the reading ------------------------------------------------------ */

static int has_word(const struct peg_toks *r, const char *prefix)
{
	for (size_t i = 0; i < r->n; i++)
		if (peg_tok_word_starts(&r->tok[i], prefix))
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
	p->unit = q->pct ? "%" : q->time ? q->time : "n";
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
	struct peg_toks rr, *r = &rr;
	memset(t, 0, sizeof(*t));
	r->n = 0;
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
	peg_tokenize(r);
	for (size_t i = 0; i < r->n; i++)
		if (r->tok[i].type == PEG_T_DATE && r->tok[i].bad) {
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

	size_t by = bad_year(r);
	if (by < r->n) {
		note(t, PEG_TL_HUMAN, "'%.*s' is written as a year, outside "
				      "1900-2100: not a date that can be read",
		     (int)r->tok[by].len, r->tok[by].s);
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

	struct qty *qt = NULL;
	if (nq == 1) {
		qt = &q[0];
	} else if (nq > 1) {
		note(t, PEG_TL_HUMAN, "several numbers and no single target");
		return;
	}
	if (qt && qt->neg) {
		note(t, PEG_TL_HUMAN, "a number with a minus sign is a "
				      "reduction: it cannot be scored as a "
				      "positive target");
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
	/*
	 * A time ("30 giorni") is scored lower-is-better only when the text
	 * says "at most" ("entro 30 giorni", "non oltre", "inferiore a",
	 * "massimo"), higher-is-better only with "almeno"/"oltre": a bare
	 * one could be either, and a count would score more days higher.
	 */
	if (qt && qt->time && !qt->pp && qt->bound != B_MIN &&
	    qt->bound != B_MIN_STRICT && qt->bound != B_MAX &&
	    qt->bound != B_MAX_STRICT) {
		char b[PEG_NUMBUF];
		if (!qt->entro || qt->bound != B_NONE) {
			note(t, PEG_TL_HUMAN, "a time (%s %s) with no bound: "
					      "whether less or more is better "
					      "is not written",
			     peg_fix_str(qt->value, b), qt->time);
			return;
		}
		qt->bound = B_MAX;
		note(t, PEG_TL_INFO, "'entro' a time: at most %s %s",
		     peg_fix_str(qt->value, b), qt->time);
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
			   r->tok[0].type == PEG_T_WORD) {
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
