/*
 * ini.h - INI files (rules, run files, scenarios) read through iniparser,
 * with what iniparser does not give: the line of every section and key,
 * duplicate keys and sections (iniparser silently keeps the last), and
 * every syntax problem reported in one pass, without printing.
 *
 * The only module that includes <iniparser.h>.  Section and key names are
 * lower-cased, as iniparser does; values are iniparser's (quotes removed,
 * trailing comments cut) and must be parsed with num.h, never with
 * iniparser's numeric getters.
 */
#ifndef PEG_INI_H
#define PEG_INI_H

#include <stddef.h>

#include "pegaso.h"
#include "util.h"

struct peg_ini_override;

struct peg_ini_entry {
	const char *section; /* lower-cased; borrowed from the ini's arena */
	const char *key;     /* lower-cased */
	const char *value;   /* as iniparser returns it */
	long line;           /* physical line of the key */
	int used;            /* set by the schema checker when understood */
	const struct peg_ini_override *over; /* the override that set the
						value; NULL from the file */
	int added;           /* the override added a key the file lacks */
};

struct peg_ini_section {
	const char *name; /* lower-cased */
	long line;
};

struct peg_ini {
	char *path;                  /* owned copy, for messages */
	struct peg_arena arena;      /* owns every string */
	struct peg_ini_section *sec; /* in file order */
	size_t nsec;
	struct peg_ini_entry *ent;   /* in file order */
	size_t nent;
	long nlines;                 /* physical lines of the file */
	const struct peg_ini_override *ov; /* borrowed, see peg_ini_load_with */
	size_t nov;
};

/*
 * peg_ini_load - read path.  Every syntax error, duplicate key or section
 * and key outside a section is appended to d with its line (code `code`,
 * normally PEG_ERULES); then -1 is returned.  PEG_EIO if unreadable.
 * Release with peg_ini_release in every case.
 */
int peg_ini_load(struct peg_ini *ini, const char *path, int code,
		 struct peg_diag *d);
void peg_ini_release(struct peg_ini *ini);

/*
 * A value given outside the file, as if it were written in it: on the
 * command line (--set SECTION.KEY=VALUE) or in a scenario file.
 */
struct peg_ini_override {
	const char *section; /* lower-case, e.g. "pool individual" */
	const char *key;     /* lower-case, e.g. "threshold" */
	const char *value;   /* taken verbatim */
	const char *file;    /* where it was written ("--set", a file) */
	long line;           /* its line there; 0 on the command line */
};

/*
 * peg_ini_load_with - peg_ini_load, then apply the overrides ov[0..nov)
 * in order: each replaces the value of its section/key, or adds the key
 * (and the section) when the file lacks them.  The loaders then check
 * the result exactly as a file: a bad value, an unknown key or section is
 * reported with the same message.  An override's entry (and a section it
 * adds) gets the line nlines + 1 + its index, past the end of the file;
 * peg_ini_blame moves diagnostics at those lines to the override's own
 * file and line.  ov is borrowed and must outlive ini.
 */
int peg_ini_load_with(struct peg_ini *ini, const char *path, int code,
		      const struct peg_ini_override *ov, size_t nov,
		      struct peg_diag *d);

/*
 * peg_ini_blame - rewrite the diagnostics d->item[from..] that name this
 * ini's file at an override's line so that they name where the override
 * was written ("--set: ...", "scenarios.ini:4: ...").
 */
void peg_ini_blame(const struct peg_ini *ini, struct peg_diag *d,
		   size_t from);
/* The same for a file of nlines lines read with overrides ov[0..nov),
 * once its ini is gone (diagnostics found later, at lines kept). */
void peg_ini_blame_lines(const char *path, long nlines,
			 const struct peg_ini_override *ov, size_t nov,
			 struct peg_diag *d, size_t from);

/* The entry section/key (lower-case names), or NULL. */
struct peg_ini_entry *peg_ini_find(const struct peg_ini *ini,
				   const char *section, const char *key);
/* The section's line, or 0 when absent. */
long peg_ini_section_line(const struct peg_ini *ini, const char *section);

/*
 * peg_ini_move_sorted - append the entries of `from` to `to` ordered by
 * line (stable), then release `from`.  Loaders of INI files collect their
 * problems in a local list and report them in file order.
 */
void peg_ini_move_sorted(struct peg_diag *to, struct peg_diag *from);

#endif
