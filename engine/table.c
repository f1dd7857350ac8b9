/*
 * table.c - a run folder's CSV table in memory (see table.h).
 */
#include "table.h"
#include "csvread.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")

/* A copy of s in the table's arena; one per value when shared. */
static const char *keep(struct peg_table *t, const char *s, int shared)
{
	size_t v;
	if (shared && peg_map_get(&t->values, s, &v))
		return (const char *)(uintptr_t)v;
	const char *c = peg_arena_strdup(&t->arena, s);
	if (c && shared && peg_map_put(&t->values, c, (uintptr_t)c, NULL) < 0)
		return NULL;
	return c;
}

int peg_table_load(struct peg_table *t, const char *path, int optional,
		   unsigned shared, struct peg_diag *d)
{
	memset(t, 0, sizeof(*t));
	t->path = peg_arena_strdup(&t->arena, path);
	if (!t->path)
		return OOM(d);
	struct stat st;
	if (stat(path, &st) != 0 && errno == ENOENT) {
		if (optional)
			return 0;
		return peg_fail(d, PEG_EIO, path, 0, "cannot open: %s",
				strerror(ENOENT));
	}
	struct peg_csv_opts o = {',', PEG_DEC_POINT, PEG_ENC_UTF8, 0, 0, 0};
	struct peg_csv *c;
	if (peg_csv_open(&c, path, &o, d))
		return -1;
	t->present = 1;
	t->ncol = peg_csv_width(c);
	t->col = peg_arena_calloc(&t->arena, t->ncol + 1, sizeof(*t->col));
	if (!t->col) {
		peg_csv_close(c);
		return OOM(d);
	}
	for (size_t i = 0; i < t->ncol; i++)
		if (!(t->col[i] = peg_arena_strdup(&t->arena,
						   peg_csv_header(c, i)))) {
			peg_csv_close(c);
			return OOM(d);
		}
	struct peg_csv_row row;
	int rc;
	while ((rc = peg_csv_next(c, &row, d)) == 1) {
		if (t->nrow == t->cap) {
			size_t cap = t->cap ? 2 * t->cap : 256;
			const char **p = realloc(t->cell, cap * (t->ncol + 1) *
								  sizeof(*p));
			if (!p) {
				peg_csv_close(c);
				return OOM(d);
			}
			t->cell = p;
			t->cap = cap;
		}
		const char **r = &t->cell[t->nrow * t->ncol];
		for (size_t i = 0; i < t->ncol; i++)
			if (!(r[i] = keep(t, row.field[i],
					  i < 32 && (shared >> i & 1)))) {
				peg_csv_close(c);
				return OOM(d);
			}
		t->nrow++;
	}
	peg_csv_close(c);
	return rc < 0 ? -1 : 0;
}

void peg_table_release(struct peg_table *t)
{
	free(t->cell);
	peg_map_release(&t->values);
	peg_arena_release(&t->arena);
	memset(t, 0, sizeof(*t));
}

long peg_table_col(const struct peg_table *t, const char *name)
{
	for (size_t i = 0; i < t->ncol; i++)
		if (strcmp(t->col[i], name) == 0)
			return (long)i;
	return -1;
}

const char *peg_table_cell(const struct peg_table *t, size_t r, long c)
{
	return c < 0 || r >= t->nrow ? "" : t->cell[r * t->ncol + (size_t)c];
}
