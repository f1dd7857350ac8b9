/*
 * csvwrite.h - the CSV writer of every output table.
 *
 * Default dialect: RFC 4180 (',' separator, CRLF line ends, '"' quoting),
 * decimal point.  The Italian spreadsheet dialect (';', decimal comma, a
 * UTF-8 BOM) is the same writer with another setting.  Text cells that a
 * spreadsheet would take for a formula (starting with '=', '+', '-', '@',
 * TAB or CR) get a leading apostrophe; number cells are never altered.
 *
 * The same table code can feed another format: a writer started with
 * peg_csvw_init_sink hands every cell, typed, to a sink (the XLSX workbook
 * uses it) instead of writing CSV text.
 */
#ifndef PEG_CSVWRITE_H
#define PEG_CSVWRITE_H

#include <stdio.h>

#include "num.h"

enum peg_csv_dialect {
	PEG_CSV_RFC4180 = 0, /* ',' and decimal point */
	PEG_CSV_ITALIAN = 1  /* ';', decimal comma, BOM */
};

/* The type of a cell, as the table code wrote it. */
enum peg_cell {
	PEG_CELL_TEXT = 0, /* text, never neutralised for a sink */
	PEG_CELL_NUMBER,   /* a decimal number with a point: "-12.5" */
	PEG_CELL_INTEGER,  /* a whole number: "2020" */
	PEG_CELL_MONEY,    /* euros with two decimals: "1234.56" */
	PEG_CELL_DATE      /* YYYY-MM-DD */
};

/* Receives the cells of a table, row by row; text is "" for an empty
 * cell. */
struct peg_cell_sink {
	void (*cell)(void *ctx, enum peg_cell type, const char *text);
	void (*end_row)(void *ctx);
	void *ctx;
};

/* The row being written, handed to the stream once per row (a long row
 * in several pieces): one stdio call per row, not several per cell. */
#define PEG_CSVW_ROW 4096

struct peg_csvw {
	FILE *fp;                     /* borrowed; NULL with a sink */
	enum peg_csv_dialect dialect;
	int col;                      /* cells written on this row */
	const struct peg_cell_sink *sink; /* borrowed; NULL for CSV */
	size_t len;                   /* bytes of row held */
	char row[PEG_CSVW_ROW];
};

/* Starts a table on fp (writes the BOM for the Italian dialect). */
void peg_csvw_init(struct peg_csvw *w, FILE *fp, enum peg_csv_dialect d);
/* Starts a table whose cells go to sink. */
void peg_csvw_init_sink(struct peg_csvw *w, const struct peg_cell_sink *s);
/* A text cell; NULL writes an empty cell. */
void peg_csvw_text(struct peg_csvw *w, const char *s);
/* Number cells. */
void peg_csvw_fix(struct peg_csvw *w, peg_fix v);
void peg_csvw_cents(struct peg_csvw *w, peg_cents v);
void peg_csvw_long(struct peg_csvw *w, long long v);
void peg_csvw_date(struct peg_csvw *w, peg_date t);
/* A cell holding an already formatted number with a decimal point. */
void peg_csvw_number(struct peg_csvw *w, const char *num);
/* The same for an amount of euros ("1234.56"). */
void peg_csvw_money(struct peg_csvw *w, const char *num);
/* Ends the row: the row reaches the stream only here. */
void peg_csvw_end(struct peg_csvw *w);
/* A whole header row from a NULL-terminated list of names. */
void peg_csvw_header(struct peg_csvw *w, const char *const *names);

#endif
