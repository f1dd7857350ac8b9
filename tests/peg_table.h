/*
 * peg_table.h - an output CSV file read back into memory for tests, with
 * pegaso's own reader: cells found by row and column name.
 */
#ifndef PEG_TABLE_H
#define PEG_TABLE_H

#include "csvread.h"
#include "peg_test.h"
#include "util.h"

struct peg_table {
	struct peg_arena arena;
	char **head;
	size_t ncol;
	char ***row; /* nrow x ncol */
	size_t nrow;
};

static inline void peg_table_read(struct peg_table *t, const char *path)
{
	struct peg_diag d;
	struct peg_csv *c;
	struct peg_csv_row r;
	memset(t, 0, sizeof(*t));
	peg_diag_init(&d);
	if (peg_csv_open(&c, path, NULL, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	t->ncol = peg_csv_width(c);
	t->head = peg_arena_calloc(&t->arena, t->ncol, sizeof(char *));
	for (size_t i = 0; i < t->ncol; i++)
		t->head[i] = peg_arena_strdup(&t->arena, peg_csv_header(c, i));
	size_t cap = 0;
	while (peg_csv_next(c, &r, &d) == 1) {
		if (t->nrow == cap) {
			cap = cap ? cap * 2 : 64;
			t->row = realloc(t->row, cap * sizeof(*t->row));
		}
		char **cells = peg_arena_calloc(&t->arena, t->ncol, sizeof(char *));
		for (size_t i = 0; i < t->ncol; i++)
			cells[i] = peg_arena_strdup(&t->arena, r.field[i]);
		t->row[t->nrow++] = cells;
	}
	if (d.errors)
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_csv_close(c);
	peg_diag_release(&d);
}

static inline void peg_table_release(struct peg_table *t)
{
	free(t->row);
	peg_arena_release(&t->arena);
	memset(t, 0, sizeof(*t));
}

/* The cell of row i in column `name` (the test fails without it). */
static inline const char *peg_table_get(const struct peg_table *t, size_t i,
					const char *name)
{
	for (size_t k = 0; k < t->ncol; k++)
		if (strcmp(t->head[k], name) == 0)
			return t->row[i][k];
	fail_msg("no column %s", name);
	return "";
}

/* A cell of cents ("12.34", "-0.05") as an integer. */
static inline long long peg_table_cents(const struct peg_table *t, size_t i,
					const char *name)
{
	const char *s = peg_table_get(t, i, name);
	peg_cents c;
	const char *why;
	if (peg_parse_cents(s, PEG_DEC_POINT, 0, &c, &why))
		fail_msg("%s '%s': %s", name, s, why);
	return (long long)c;
}

#endif
