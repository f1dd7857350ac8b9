/*
 * table.h - a CSV table of a run folder held whole in memory, with its
 * columns found by name: what diff reads to compare two runs.  Read
 * through csvread (the same checks as every input), point decimals.
 */
#ifndef PEG_TABLE_H
#define PEG_TABLE_H

#include <stddef.h>

#include "pegaso.h"
#include "util.h"

struct peg_table {
	struct peg_arena arena; /* owns every string */
	const char *path;
	int present; /* the file exists */
	size_t ncol;
	const char **col; /* header names */
	size_t nrow;
	const char **cell;     /* nrow x ncol */
	size_t cap;            /* rows allocated */
	struct peg_map values; /* the values of shared columns */
};

/*
 * peg_table_load - read the CSV file at path.  A missing file gives an
 * empty table with present = 0 when optional, else a PEG_EIO error;
 * malformed content is PEG_EDATA.  The columns of bitmask `shared`
 * (bit i: column i) repeat a few values: each distinct value is stored
 * once.  Release with peg_table_release in every case.
 */
int peg_table_load(struct peg_table *t, const char *path, int optional,
		   unsigned shared, struct peg_diag *d);
void peg_table_release(struct peg_table *t);

/* The index of the column named `name`, or -1. */
long peg_table_col(const struct peg_table *t, const char *name);
/* The cell of row r in column c; "" when c < 0.  Borrowed. */
const char *peg_table_cell(const struct peg_table *t, size_t r, long c);

#endif
