/*
 * target.h - the target normaliser: what an Italian PEG card writes in its
 * "VALORE TARGET" cell ("100%", "1.200", "almeno 6", "> 5", "massimo 5",
 * "entro dicembre 2020", "31-dic-20", "15:09:20", "5 punti percentuali",
 * "aumento follower del 50%", "SI", ...) read as an indicator kind and a
 * normalised target (SPEC 2.4), with a note saying what was assumed or
 * why a human must look at it.
 *
 * The reading rules are those of the shared normalisation conventions
 * (README, "Importing the PEG document"): a number with '%' is a percent,
 * a bare number a count (Italian thousands: 1.200 = 1200), "almeno" and
 * ">=" a minimum, "massimo" and "<=" a maximum, a strict bound on a whole
 * number moves by one, a month is its last day, a bare year its 31
 * December, a quantity and a date in one cell are two parts.  Free text
 * with nothing measurable is `qualitative` and needs a human.
 */
#ifndef PEG_TARGET_H
#define PEG_TARGET_H

#include <stddef.h>

#include "num.h"
#include "plan.h"

/* How sure a reading is. */
enum peg_target_level {
	PEG_TL_PLAIN = 0, /* read as written, nothing to say */
	PEG_TL_INFO = 1,  /* read with an assumption, stated in note */
	PEG_TL_HUMAN = 2  /* nothing measurable, or a guess: a human decides */
};

/* One measurable thing of a target cell. */
struct peg_target_part {
	enum peg_kind kind;
	peg_fix value;    /* numeric kinds; 1 for boolean; 0 otherwise */
	peg_date date;    /* deadline: the date; 0 otherwise */
	int year;         /* the year the target applies to */
	int percent;      /* the number was written with '%' */
	const char *unit; /* static: "%", "n", "days", "pp" or "" */
};

#define PEG_TARGET_PARTS 2
#define PEG_TARGET_NOTE 320

struct peg_target {
	size_t n;        /* parts, 1 or 2 (quantity first, then the date) */
	struct peg_target_part part[PEG_TARGET_PARTS];
	int split;       /* "totali nel triennio N così suddivisi": the
			  * per-year values are in other cells */
	int level;       /* enum peg_target_level */
	char note[PEG_TARGET_NOTE]; /* assumptions / reasons, "" if none */
};

/*
 * peg_target_read - read the target text (a cleaned cell, UTF-8) for the
 * plan year `year` (a month without a year is taken in it; a deadline in
 * a later year moves the part to that year).  Never fails: what cannot
 * be read is one `qualitative` part with level PEG_TL_HUMAN.  Texts
 * longer than 2000 bytes are read on their first 2000 bytes.
 */
void peg_target_read(const char *text, int year, struct peg_target *t);

/* The target of part p as a CSV cell: a number with a decimal point, an
 * ISO date, "yes", or "" (qualitative).  buf has PEG_NUMBUF bytes. */
const char *peg_target_str(const struct peg_target_part *p, char *buf);

#endif
