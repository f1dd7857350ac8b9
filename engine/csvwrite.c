/*
 * csvwrite.c - output tables in RFC 4180 or the Italian spreadsheet
 * dialect (see csvwrite.h).  Write errors are caught by the caller on
 * fclose/ferror of the stream.
 */
#include "csvwrite.h"

#include <string.h>

/* ---- the row buffer --------------------------------------------------- */

static void flush_row(struct peg_csvw *w)
{
	if (w->len)
		fwrite(w->row, 1, w->len, w->fp);
	w->len = 0;
}

static void put(struct peg_csvw *w, const char *s, size_t n)
{
	if (w->len + n > sizeof(w->row)) {
		flush_row(w);
		if (n > sizeof(w->row)) {
			fwrite(s, 1, n, w->fp);
			return;
		}
	}
	memcpy(w->row + w->len, s, n);
	w->len += n;
}

static void put_c(struct peg_csvw *w, char c)
{
	if (w->len == sizeof(w->row))
		flush_row(w);
	w->row[w->len++] = c;
}

void peg_csvw_init(struct peg_csvw *w, FILE *fp, enum peg_csv_dialect d)
{
	w->fp = fp;
	w->dialect = d;
	w->col = 0;
	w->sink = NULL;
	w->len = 0;
	if (d == PEG_CSV_ITALIAN)
		fputs("\xEF\xBB\xBF", fp);
}

void peg_csvw_init_sink(struct peg_csvw *w, const struct peg_cell_sink *s)
{
	w->fp = NULL;
	w->dialect = PEG_CSV_RFC4180;
	w->col = 0;
	w->sink = s;
	w->len = 0;
}

/* Hands a cell to the sink; 1 when there is one. */
static int to_sink(struct peg_csvw *w, enum peg_cell type, const char *s)
{
	if (!w->sink)
		return 0;
	w->col++;
	w->sink->cell(w->sink->ctx, type, s ? s : "");
	return 1;
}

static char sep(const struct peg_csvw *w)
{
	return w->dialect == PEG_CSV_ITALIAN ? ';' : ',';
}

static void start_cell(struct peg_csvw *w)
{
	if (w->col++)
		put_c(w, sep(w));
}

void peg_csvw_text(struct peg_csvw *w, const char *s)
{
	if (to_sink(w, PEG_CELL_TEXT, s))
		return;
	start_cell(w);
	if (!s || !*s)
		return;
	int formula = s[0] == '=' || s[0] == '+' || s[0] == '-' ||
		      s[0] == '@' || s[0] == '\t' || s[0] == '\r';
	/* one pass: the length, and whether a character needs quotes */
	char sepc = sep(w);
	int quote = s[0] == ' ';
	size_t n = 0;
	for (; s[n]; n++)
		if (s[n] == sepc || s[n] == '"' || s[n] == '\r' || s[n] == '\n')
			quote = 1;
	quote |= s[n - 1] == ' ';
	if (!quote && !formula) {
		put(w, s, n);
		return;
	}
	if (quote)
		put_c(w, '"');
	if (formula)
		put_c(w, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			put_c(w, '"');
		put_c(w, *p);
	}
	if (quote)
		put_c(w, '"');
}

/* A number cell of a given type. */
static void number(struct peg_csvw *w, enum peg_cell type, const char *num)
{
	if (to_sink(w, type, num))
		return;
	start_cell(w);
	if (w->dialect != PEG_CSV_ITALIAN) {
		put(w, num, strlen(num));
		return;
	}
	for (const char *p = num; *p; p++)
		put_c(w, *p == '.' ? ',' : *p);
}

void peg_csvw_number(struct peg_csvw *w, const char *num)
{
	number(w, PEG_CELL_NUMBER, num);
}

void peg_csvw_money(struct peg_csvw *w, const char *num)
{
	number(w, PEG_CELL_MONEY, num);
}

void peg_csvw_fix(struct peg_csvw *w, peg_fix v)
{
	char b[PEG_NUMBUF];
	peg_csvw_number(w, peg_fix_str(v, b));
}

void peg_csvw_cents(struct peg_csvw *w, peg_cents v)
{
	char b[PEG_NUMBUF];
	number(w, PEG_CELL_MONEY, peg_cents_str(v, b));
}

void peg_csvw_long(struct peg_csvw *w, long long v)
{
	char b[PEG_NUMBUF];
	snprintf(b, sizeof(b), "%lld", v);
	number(w, PEG_CELL_INTEGER, b);
}

void peg_csvw_date(struct peg_csvw *w, peg_date t)
{
	char b[PEG_NUMBUF];
	if (to_sink(w, PEG_CELL_DATE, peg_date_str(t, b)))
		return;
	start_cell(w);
	put(w, b, strlen(b));
}

void peg_csvw_end(struct peg_csvw *w)
{
	if (w->sink)
		w->sink->end_row(w->sink->ctx);
	else {
		put(w, "\r\n", 2);
		flush_row(w);
	}
	w->col = 0;
}

void peg_csvw_header(struct peg_csvw *w, const char *const *names)
{
	for (; *names; names++)
		peg_csvw_text(w, *names);
	peg_csvw_end(w);
}
