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

struct peg_ini_entry {
	const char *section; /* lower-cased; borrowed from the ini's arena */
	const char *key;     /* lower-cased */
	const char *value;   /* as iniparser returns it */
	long line;           /* physical line of the key */
	int used;            /* set by the schema checker when understood */
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
