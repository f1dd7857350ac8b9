/*
 * load.c - cell readers and error wording shared by the data loaders
 * (see load.h).
 */
#include "load.h"

#include <stdarg.h>
#include <string.h>

const char *peg_cell(const struct peg_loader *l, size_t k)
{
	int i = l->idx[k];
	return i < 0 ? "" : l->row.field[i];
}

int peg_cell_blank(const struct peg_loader *l, size_t k)
{
	return peg_is_blank(peg_cell(l, k));
}

int peg_cell_fail(const struct peg_loader *l, size_t k, const char *why)
{
	const char *s = peg_cell(l, k);
	size_t n;
	peg_trim(&s, &n);
	return peg_fail(l->d, PEG_EDATA, peg_csv_name(l->csv), l->row.line,
			"%s '%.*s': %s", l->cols[k].name, (int)(n > 200 ? 200 : n),
			s, why);
}

int peg_row_fail(const struct peg_loader *l, const char *fmt, ...)
{
	struct peg_buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	peg_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	peg_fail(l->d, PEG_EDATA, peg_csv_name(l->csv), l->row.line, "%s",
		 peg_buf_str(&b));
	peg_buf_release(&b);
	return -1;
}

int peg_cell_fix(const struct peg_loader *l, size_t k, unsigned flags,
		 peg_fix *out, int *percent)
{
	const char *why;
	if (peg_parse_fix(peg_cell(l, k), peg_csv_decimal(l->csv), flags, out,
			  percent, &why))
		return peg_cell_fail(l, k, why);
	return 0;
}

int peg_cell_int(const struct peg_loader *l, size_t k, long min, long max,
		 long *out)
{
	const char *why;
	if (peg_parse_int(peg_cell(l, k), min, max, out, &why))
		return peg_cell_fail(l, k, why);
	return 0;
}

int peg_cell_cents(const struct peg_loader *l, size_t k, unsigned flags,
		   peg_cents *out)
{
	const char *why;
	if (peg_parse_cents(peg_cell(l, k), peg_csv_decimal(l->csv), flags, out,
			    &why))
		return peg_cell_fail(l, k, why);
	return 0;
}

int peg_cell_date(const struct peg_loader *l, size_t k, peg_date *out)
{
	const char *why;
	if (peg_parse_date(peg_cell(l, k), out, &why))
		return peg_cell_fail(l, k, why);
	return 0;
}

int peg_cell_bool(const struct peg_loader *l, size_t k, int *out)
{
	const char *why;
	if (peg_parse_bool(peg_cell(l, k), out, &why))
		return peg_cell_fail(l, k, why);
	return 0;
}

const char *peg_cell_str(const struct peg_loader *l, size_t k,
			 struct peg_arena *a)
{
	const char *s = peg_arena_trimdup(a, peg_cell(l, k));
	if (!s)
		peg_fail(l->d, PEG_EINTERNAL, NULL, 0, "out of memory");
	return s;
}

const char *peg_cell_key(const struct peg_loader *l, size_t k, char *buf,
			 size_t size, struct peg_arena *a)
{
	const char *s = peg_cell(l, k);
	size_t n;
	peg_trim(&s, &n);
	if (!n) {
		peg_row_fail(l, "%s: value required", l->cols[k].name);
		return NULL;
	}
	if (n < size) {
		memcpy(buf, s, n);
		buf[n] = '\0';
		return buf;
	}
	char *c = peg_arena_strndup(a, s, n);
	if (!c)
		peg_fail(l->d, PEG_EINTERNAL, NULL, 0, "out of memory");
	return c;
}

const char *peg_cell_req(const struct peg_loader *l, size_t k,
			 struct peg_arena *a)
{
	if (peg_cell_blank(l, k)) {
		peg_row_fail(l, "%s: value required", l->cols[k].name);
		return NULL;
	}
	return peg_cell_str(l, k, a);
}

int peg_loader_open(struct peg_loader *l, const char *path,
		    const struct peg_csv_opts *o,
		    const struct peg_csv_col *cols, size_t ncols, int *idx,
		    struct peg_diag *d)
{
	memset(l, 0, sizeof(*l));
	l->cols = cols;
	l->idx = idx;
	l->d = d;
	if (peg_csv_open(&l->csv, path, o, d))
		return -1;
	if (peg_csv_bind(l->csv, cols, ncols, idx, d)) {
		peg_csv_close(l->csv);
		l->csv = NULL;
		return -1;
	}
	return 0;
}

int peg_loader_next(struct peg_loader *l)
{
	return peg_csv_next(l->csv, &l->row, l->d);
}

void peg_loader_close(struct peg_loader *l)
{
	peg_csv_close(l->csv);
	l->csv = NULL;
}
