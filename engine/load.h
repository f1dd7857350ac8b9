/*
 * load.h - helpers shared by the data loaders (plan, verification, staff
 * ...): reading one cell of a record with the checked parsers of num.h
 * and reporting a bad value as
 *
 *     file:line: column 'text': why
 *
 * Every helper returns 0, or -1 after appending a PEG_EDATA error to d.
 */
#ifndef PEG_LOAD_H
#define PEG_LOAD_H

#include "csvread.h"
#include "num.h"
#include "util.h"

/* A loader's view of one CSV file being read. */
struct peg_loader {
	struct peg_csv *csv;
	struct peg_csv_row row;
	const struct peg_csv_col *cols;
	int *idx;            /* position of each wanted column, or -1 */
	struct peg_diag *d;
};

/* The text of wanted column k in the current row, "" when absent. */
const char *peg_cell(const struct peg_loader *l, size_t k);
/* 1 when wanted column k is absent or blank in the current row. */
int peg_cell_blank(const struct peg_loader *l, size_t k);

/* Reports a bad cell: "file:line: column 'text': why". */
int peg_cell_fail(const struct peg_loader *l, size_t k, const char *why);
/* Reports a problem with the current row: "file:line: message". */
int peg_row_fail(const struct peg_loader *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

int peg_cell_fix(const struct peg_loader *l, size_t k, unsigned flags,
		 peg_fix *out, int *percent);
int peg_cell_int(const struct peg_loader *l, size_t k, long min, long max,
		 long *out);
int peg_cell_cents(const struct peg_loader *l, size_t k, unsigned flags,
		   peg_cents *out);
int peg_cell_date(const struct peg_loader *l, size_t k, peg_date *out);
int peg_cell_bool(const struct peg_loader *l, size_t k, int *out);
/* A trimmed copy into the arena ("" when blank); NULL only out of memory
 * (reported). */
const char *peg_cell_str(const struct peg_loader *l, size_t k,
			 struct peg_arena *a);
/* A trimmed, non-blank copy: blank is an error "column: value required". */
/* The trimmed text of a required cell, to look up and not to keep: in
 * buf when it fits (size bytes), else copied into a; NULL when blank
 * (reported) or out of memory. */
const char *peg_cell_key(const struct peg_loader *l, size_t k, char *buf,
			 size_t size, struct peg_arena *a);
const char *peg_cell_req(const struct peg_loader *l, size_t k,
			 struct peg_arena *a);

/*
 * peg_loader_open - open a CSV file and bind the wanted columns.  idx
 * must hold ncols ints.  Close with peg_loader_close.
 */
int peg_loader_open(struct peg_loader *l, const char *path,
		    const struct peg_csv_opts *o,
		    const struct peg_csv_col *cols, size_t ncols, int *idx,
		    struct peg_diag *d);
/* 1 = a row is current, 0 = end of file, -1 = error. */
int peg_loader_next(struct peg_loader *l);
void peg_loader_close(struct peg_loader *l);

#endif
