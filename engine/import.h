/*
 * import.h - reading the PEG card document into the plan tables
 * (objectives, indicators, phases) and the import report.
 *
 * The pipeline: doctext (lines and cells) -> import.c (card segmenter and
 * card blocks: anagrafica, DUP link, title, phases, the "incentivabile"
 * line) -> importind.c (indicator tables, mapped by column label, each
 * target through target.c) -> overrides.c (a human's corrections) ->
 * importout.c (the output folder).  Everything lives in one arena owned
 * by struct peg_imp.
 */
#ifndef PEG_IMPORT_H
#define PEG_IMPORT_H

#include <stddef.h>

#include "doctext.h"
#include "num.h"
#include "plan.h"
#include "target.h"
#include "util.h"

struct peg_imp_obj {
	const char *id;          /* "12"; "12-2" for a repeated number */
	long card;               /* number in the heading, -1 if none */
	long line;               /* line of the heading */
	const char *sector, *service, *manager, *owner, *title;
	const char *strategic_code, *duration, *nature, *impact;
	enum peg_incentivized incentivized;
	peg_fix weight;
	size_t nind;             /* indicator numbers given so far */
	size_t nphase;           /* phase numbers given so far */
};

struct peg_imp_ind {
	size_t obj;              /* index into obj */
	const char *id;          /* "12.3" */
	int year;
	const char *category, *description, *unit, *target_raw;
	enum peg_kind kind;
	peg_fix value;           /* numeric kinds */
	peg_date date;           /* deadline */
	int has_baseline;
	peg_fix baseline;
	peg_fix weight;
	long line;               /* source line */
};

#define PEG_IMP_QUARTERS 4
struct peg_imp_phase {
	size_t obj;
	const char *id;          /* "12.F3" */
	const char *description, *sector;
	const char *q[PEG_IMP_QUARTERS]; /* the cell as marked, "" if empty */
	const char *other;       /* marks in columns that are not quarters
				  * of the plan year ("2021: X; ...") */
	long line;
};

/* RESOLVED: a line that needed a human, settled by a correction. */
enum peg_imp_severity { PEG_IMP_INFO = 0, PEG_IMP_HUMAN = 1,
			PEG_IMP_RESOLVED = 2 };

/* One line of import-report.csv. */
struct peg_imp_note {
	long line;               /* document line, 0 for the whole document */
	const char *card;        /* card id, "?" for rows of no card, "" */
	const char *field;       /* what it is about */
	const char *found;       /* the text found */
	const char *assumed;     /* what was assumed, or why a human must
				  * decide */
	int severity;            /* enum peg_imp_severity */
	size_t seq;              /* order of discovery, for a stable sort */
};

struct peg_imp {
	struct peg_arena arena;  /* every string and the line table */
	const char *name;        /* the document as named in messages */
	int year;                /* plan year */
	struct peg_docline *line;
	size_t nline;
	struct peg_imp_obj *obj;
	size_t nobj, capobj;
	struct peg_imp_ind *ind;
	size_t nind, capind;
	struct peg_imp_phase *ph;
	size_t nph, capph;
	struct peg_imp_note *note;
	size_t nnote, capnote;
	size_t noverride;        /* corrections applied */
	int oom;                 /* an allocation failed */
};

/*
 * peg_imp_parse - read the document buf[0..n), named name in messages,
 * into im (zeroed by the caller; release with peg_imp_release in every
 * case).  year is the plan year, 0 to infer it from the verification
 * column labels.  Fails with PEG_EDATA for a document that is not text
 * or not a PEG document, PEG_EINTERNAL out of memory; everything else
 * the document gets wrong becomes a report line.
 */
int peg_imp_parse(struct peg_imp *im, const char *buf, size_t n,
		  const char *name, int year, struct peg_diag *d);
void peg_imp_release(struct peg_imp *im);

/* ---- shared by the import modules -------------------------------------- */

/* Appends a report line; strings are copied.  Sets im->oom on failure. */
void peg_imp_report(struct peg_imp *im, long line, const char *card,
		    const char *field, const char *found, int severity,
		    const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* A new indicator / phase row (zeroed), or NULL out of memory. */
struct peg_imp_ind *peg_imp_new_ind(struct peg_imp *im);
struct peg_imp_phase *peg_imp_new_phase(struct peg_imp *im);

/* An arena string; "" when out of memory (im->oom set). */
const char *peg_imp_str(struct peg_imp *im, const char *s);
const char *peg_imp_printf(struct peg_imp *im, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Whole line text with cells joined by " | ", for the report. */
const char *peg_imp_line_text(struct peg_imp *im,
			      const struct peg_docline *l);

/*
 * peg_imp_indicators - read the indicator table whose header is line
 * hdr and whose rows are lines rows[0..nrows) (blank and separator lines
 * already left out).  obj is the owner objective, or (size_t)-1 for rows
 * of a card whose heading is missing: those are read and reported, not
 * imported.
 */
void peg_imp_indicators(struct peg_imp *im, size_t obj,
			const struct peg_docline *hdr,
			const struct peg_docline *const *rows, size_t nrows);

/* The year a column label names ("VERIFICA 2021", "31/12/2020",
 * "primo trimestre 2021"), 0 if none. */
int peg_imp_label_year(const char *key);

/* 1 when a folded indicator description asks for the timing of the
 * card's phases ("rispetto dei tempi delle singole fasi"). */
int peg_imp_is_phase_timing(const char *key);

/* ---- the incentivabile line ------------------------------------------- */

struct peg_incentive {
	enum peg_incentivized value;
	int human;         /* the value is not certain: a human decides */
	char note[200];    /* how it was read */
};

/*
 * peg_incentive_read - the "obiettivo incentivabile ex art. 67" answer
 * from the cells written after the label (folded texts, empty ones
 * allowed): "si", "sì", "si'", "SI"; "no"; "si | X | no" and
 * "si | no | X" (an X marks the option written just before it);
 * "si | xno" (the mark glued to the option); both options unmarked
 * ("si | no") is undecided.  Other text (a comment) is ignored.  Anything
 * not certain is PEG_INC_UNKNOWN with human set.
 */
void peg_incentive_read(const char *const *cells, size_t n,
			struct peg_incentive *out);

/* 1 for a folded "yes" answer: "si", "si'", "si.", "yes". */
int peg_imp_yes_word(const char *key);

/* ---- corrections ------------------------------------------------------- */

/*
 * peg_imp_overrides - apply the corrections of the CSV file at path
 * (columns id, field, value, reason; optional year) and list each in the
 * report.  Unknown ids or fields, values that do not fit the field, and
 * a second correction of an id and field, are errors (PEG_EDATA) naming
 * the file and line.  A needs-human line settled by the corrections
 * becomes PEG_IMP_RESOLVED, naming the correction: an objective's field
 * corrected (the flag to yes or no), every indicator of a target line
 * corrected in kind, target or baseline (and no pp_increment left
 * without a baseline).
 */
int peg_imp_overrides(struct peg_imp *im, const char *path,
		      struct peg_diag *d);

#endif
