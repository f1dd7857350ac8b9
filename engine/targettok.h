/*
 * targettok.h - the tokens of a target cell, for the target normaliser
 * (target.c): numbers (Italian thousands and decimal comma, an optional
 * '%'), dates (d/m/y, d.m.y, d-mon-y, d:m:y, mon-yy), month names, words
 * and signs, on the folded text (see peg_fold in doctext.h).
 */
#ifndef PEG_TARGETTOK_H
#define PEG_TARGETTOK_H

#include <stddef.h>

#include "num.h"

#define PEG_TOK_TEXT 2000 /* bytes of a cell that are read */
#define PEG_TOK_MAX 256   /* tokens that are read */

enum peg_tok_type { PEG_T_NUM, PEG_T_DATE, PEG_T_MONTH, PEG_T_WORD, PEG_T_SYM };

struct peg_tok {
	enum peg_tok_type type;
	const char *s;  /* folded text of the token */
	size_t len;
	peg_fix value;  /* PEG_T_NUM */
	int integer;    /* PEG_T_NUM: no decimals */
	int pct;        /* PEG_T_NUM: followed by '%' */
	int yearlike;   /* PEG_T_NUM: four digits 1900..2100, no separator */
	int yearshape;  /* PEG_T_NUM: four digits, no separator, no '%' or
			 * sign (a year, in range or not, or a count) */
	int neg;        /* PEG_T_NUM: written with a minus sign ("-10%",
			 * "- 3 giorni", U+2212): value stays >= 0 */
	int digits;     /* PEG_T_NUM: number of digits written */
	int grouped;    /* PEG_T_NUM: had '.' thousands separators */
	peg_date date;  /* PEG_T_DATE */
	int timelike;   /* PEG_T_DATE: written hh:mm:ss */
	int short_year; /* PEG_T_DATE: two-digit year */
	int month;      /* PEG_T_MONTH (1..12), PEG_T_DATE with only a month+year */
	int monthend;   /* PEG_T_DATE: from a month and a year (last day) */
	int bad;        /* PEG_T_DATE: date-shaped, but not in the calendar */
	int used;       /* consumed by a date */
};

/* A cell: its folded text (filled by the caller) and its tokens. */
struct peg_toks {
	struct peg_tok tok[PEG_TOK_MAX];
	size_t n;
	char text[PEG_TOK_TEXT + 1];
};

/* Cuts t->text into t->tok (t->n set).  Never fails; a text with more
 * than PEG_TOK_MAX tokens is read on its first ones. */
void peg_tokenize(struct peg_toks *t);

/* Token tests. */
int peg_tok_word_is(const struct peg_tok *k, const char *w);
int peg_tok_word_starts(const struct peg_tok *k, const char *w);
int peg_tok_sym_is(const struct peg_tok *k, const char *s);
/* The value of an Italian number word ("un", "tre"), 0 if none. */
int peg_tok_number_word(const struct peg_tok *k);

#endif
