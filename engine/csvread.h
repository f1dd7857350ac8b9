/*
 * csvread.h - every CSV input is read through this reader (on libcsv).
 *
 * It checks the encoding (UTF-8, optional BOM at the start, or an explicit
 * Windows-1252 conversion), detects the delimiter from the header line
 * among ',' ';' and TAB, derives the decimal separator from it (SPEC 2.1),
 * finds columns by name, and hands out records with the physical line
 * where each starts.  Records made only of empty fields are skipped, as
 * are empty lines; a record with a different number of fields than the
 * header is an error.
 */
#ifndef PEG_CSVREAD_H
#define PEG_CSVREAD_H

#include <stddef.h>
#include <stdint.h>

#include "num.h"
#include "pegaso.h"

enum peg_encoding {
	PEG_ENC_UTF8 = 0,
	PEG_ENC_CP1252 = 1 /* Windows-1252 / Latin-1, converted with iconv */
};

struct peg_csv_opts {
	int delimiter;          /* 0 = detect; else ',' ';' or '\t' */
	int decimal;            /* -1 = from the delimiter; else peg_decimal */
	int encoding;           /* enum peg_encoding */
	size_t max_line;        /* bytes per physical line, and per record
				 * when a quoted field spans lines; 0 =
				 * 1 MiB */
	size_t max_fields;      /* fields per record; 0 = 1024 */
	uint64_t max_records;   /* records per file; 0 = 50 million */
	uint64_t max_bytes;     /* bytes per file; 0 = 2 GiB */
};

/* A column the caller wants, by name (case-insensitive, trimmed). */
struct peg_csv_col {
	const char *name;
	int required;
};

/* One record; fields are borrowed until the next peg_csv_next call. */
struct peg_csv_row {
	long line;          /* physical line where the record starts */
	size_t n;           /* number of fields (= header width) */
	const char **field; /* n NUL-terminated fields */
};

struct peg_csv;

/*
 * peg_csv_open - open path and read its header.  name is how the file is
 * shown in messages (usually path).  Fails with PEG_EIO when the file
 * cannot be read, PEG_EDATA for encoding or header problems.  On success
 * the caller closes *out with peg_csv_close.
 */
int peg_csv_open(struct peg_csv **out, const char *path,
		 const struct peg_csv_opts *opts, struct peg_diag *d);

/*
 * peg_csv_bind - map the wanted columns to positions: idx[i] receives the
 * position of cols[i] or -1 when absent.  Missing required columns are one
 * error listing them all; duplicate header names are an error; columns
 * nobody asked for are reported as warnings (file, line 1).
 */
int peg_csv_bind(struct peg_csv *c, const struct peg_csv_col *cols,
		 size_t ncols, int *idx, struct peg_diag *d);

/* 1 = a record in *row, 0 = end of file, -1 = error in d. */
int peg_csv_next(struct peg_csv *c, struct peg_csv_row *row,
		 struct peg_diag *d);

void peg_csv_close(struct peg_csv *c);

const char *peg_csv_name(const struct peg_csv *c);
enum peg_decimal peg_csv_decimal(const struct peg_csv *c);
char peg_csv_delimiter(const struct peg_csv *c);
size_t peg_csv_width(const struct peg_csv *c);
/* Header text of column i (trimmed).  Borrowed. */
const char *peg_csv_header(const struct peg_csv *c, size_t i);
/* Records handed out so far. */
uint64_t peg_csv_records(const struct peg_csv *c);

#endif
