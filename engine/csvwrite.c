/*
 * csvwrite.c - output tables in RFC 4180 or the Italian spreadsheet
 * dialect (see csvwrite.h).  Write errors are caught by the caller on
 * fclose/ferror of the stream.
 */
#include "csvwrite.h"

#include <string.h>

void peg_csvw_init(struct peg_csvw *w, FILE *fp, enum peg_csv_dialect d)
{
	w->fp = fp;
	w->dialect = d;
	w->col = 0;
	if (d == PEG_CSV_ITALIAN)
		fputs("\xEF\xBB\xBF", fp);
}

static char sep(const struct peg_csvw *w)
{
	return w->dialect == PEG_CSV_ITALIAN ? ';' : ',';
}

static void start_cell(struct peg_csvw *w)
{
	if (w->col++)
		fputc(sep(w), w->fp);
}

void peg_csvw_text(struct peg_csvw *w, const char *s)
{
	start_cell(w);
	if (!s || !*s)
		return;
	int formula = strchr("=+-@\t\r", s[0]) != NULL;
	size_t n = strlen(s);
	int quote = s[0] == ' ' || s[n - 1] == ' ' ||
		    strpbrk(s, w->dialect == PEG_CSV_ITALIAN ? ";\"\r\n"
							      : ",\"\r\n");
	if (!quote && !formula) {
		fwrite(s, 1, n, w->fp);
		return;
	}
	if (quote)
		fputc('"', w->fp);
	if (formula)
		fputc('\'', w->fp);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			fputc('"', w->fp);
		fputc(*p, w->fp);
	}
	if (quote)
		fputc('"', w->fp);
}

void peg_csvw_number(struct peg_csvw *w, const char *num)
{
	start_cell(w);
	if (w->dialect != PEG_CSV_ITALIAN) {
		fputs(num, w->fp);
		return;
	}
	for (const char *p = num; *p; p++)
		fputc(*p == '.' ? ',' : *p, w->fp);
}

void peg_csvw_fix(struct peg_csvw *w, peg_fix v)
{
	char b[PEG_NUMBUF];
	peg_csvw_number(w, peg_fix_str(v, b));
}

void peg_csvw_fix_dp(struct peg_csvw *w, peg_fix v, int decimals)
{
	char b[PEG_NUMBUF];
	peg_csvw_number(w, peg_fix_str_dp(v, decimals, b));
}

void peg_csvw_cents(struct peg_csvw *w, peg_cents v)
{
	char b[PEG_NUMBUF];
	peg_csvw_number(w, peg_cents_str(v, b));
}

void peg_csvw_long(struct peg_csvw *w, long long v)
{
	start_cell(w);
	fprintf(w->fp, "%lld", v);
}

void peg_csvw_date(struct peg_csvw *w, peg_date t)
{
	char b[PEG_NUMBUF];
	start_cell(w);
	fputs(peg_date_str(t, b), w->fp);
}

void peg_csvw_end(struct peg_csvw *w)
{
	fputs("\r\n", w->fp);
	w->col = 0;
}

void peg_csvw_header(struct peg_csvw *w, const char *const *names)
{
	for (; *names; names++)
		peg_csvw_text(w, *names);
	peg_csvw_end(w);
}
