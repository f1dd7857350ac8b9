/*
 * csvwrite.h - the CSV writer of every output table.
 *
 * Default dialect: RFC 4180 (',' separator, CRLF line ends, '"' quoting),
 * decimal point.  The Italian spreadsheet dialect (';', decimal comma, a
 * UTF-8 BOM) is the same writer with another setting.  Text cells that a
 * spreadsheet would take for a formula (starting with '=', '+', '-', '@',
 * TAB or CR) get a leading apostrophe; number cells are never altered.
 */
#ifndef PEG_CSVWRITE_H
#define PEG_CSVWRITE_H

#include <stdio.h>

#include "num.h"

enum peg_csv_dialect {
	PEG_CSV_RFC4180 = 0, /* ',' and decimal point */
	PEG_CSV_ITALIAN = 1  /* ';', decimal comma, BOM */
};

struct peg_csvw {
	FILE *fp;                     /* borrowed */
	enum peg_csv_dialect dialect;
	int col;                      /* cells written on this row */
};

/* Starts a table on fp (writes the BOM for the Italian dialect). */
void peg_csvw_init(struct peg_csvw *w, FILE *fp, enum peg_csv_dialect d);
/* A text cell; NULL writes an empty cell. */
void peg_csvw_text(struct peg_csvw *w, const char *s);
/* Number cells. */
void peg_csvw_fix(struct peg_csvw *w, peg_fix v);
void peg_csvw_fix_dp(struct peg_csvw *w, peg_fix v, int decimals);
void peg_csvw_cents(struct peg_csvw *w, peg_cents v);
void peg_csvw_long(struct peg_csvw *w, long long v);
void peg_csvw_date(struct peg_csvw *w, peg_date t);
/* A cell holding an already formatted number with a decimal point. */
void peg_csvw_number(struct peg_csvw *w, const char *num);
void peg_csvw_end(struct peg_csvw *w); /* ends the row */
/* A whole header row from a NULL-terminated list of names. */
void peg_csvw_header(struct peg_csvw *w, const char *const *names);

#endif
