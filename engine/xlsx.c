/*
 * xlsx.c - report.xlsx: the output tables of the run folder as sheets
 * of one workbook, for the HR office's spreadsheet (all but the trace,
 * which is for machines: `pegaso explain` tells it to people).  The only module that
 * includes xlsxwriter.h (libxlsxwriter).
 *
 * The sheets come from the same table code as the CSV files (the writers
 * with a `table` function, through a cell sink), so the values are the
 * same: text stays text (ids such as "007" too), numbers become numbers,
 * amounts of money get a euro format, dates a date format, percent
 * columns (scores, achievements, factors) the percent format - stored,
 * as spreadsheets want, as a fraction (87.5 -> 0.875).  Each sheet has
 * its header row frozen, an autofilter and columns as wide as their text.
 * A table longer than a spreadsheet's 1048576 rows stops there, with a
 * warning (the CSV file has every row).  Rows are streamed to temporary
 * files (libxlsxwriter's constant_memory mode), so the memory does not
 * grow with the trace; strings are then stored inline in each sheet.
 *
 * Text that a spreadsheet would take for a formula when the cell is
 * edited (it begins with = + - @, a tab or a carriage return: what the
 * CSV files neutralise with an apostrophe) is written as it is, in a cell
 * formatted as text ("@"), so that editing it keeps it text; with
 * libxlsxwriter 1.1.5 or later the format also carries Excel's quote
 * prefix (the hidden apostrophe), which 1.1.4 cannot write.
 *
 * Determinism: libxlsxwriter stamps the document with the current time
 * unless lxw_doc_properties.created is set; it is set to 1 January after
 * the run year, 00:00 UTC, so the same run gives the same bytes (the zip
 * entries of libxlsxwriter 1.1.4 are always dated 1980-01-01).  Its
 * temporary files go to the run's private temporary folder, never /tmp.
 * Numbers are converted from their exact decimal text to the nearest
 * double without the locale; libxlsxwriter prints them with "%.16G",
 * which needs the C numeric locale (the program never changes it).
 */
#include <xlsxwriter.h>

#include "report.h"

#include <stdlib.h>
#include <string.h>

#define MAX_WIDTH 60
#define MAX_CELL  32767 /* characters in a cell (Excel's limit) */

struct sheet {
	lxw_worksheet *ws;
	struct {
		lxw_format *head, *euro, *pct, *date, *gini, *quoted;
	} f;
	lxw_row_t row;
	lxw_col_t col;
	char **head; /* header names, owned */
	size_t nhead, caphead;
	size_t *width;	  /* characters per column, nhead entries */
	long measure_col; /* transparency: the "measure" column, or -1 */
	char measure[64]; /* ... and its text on the current row */
	size_t cut;	  /* rows beyond the spreadsheet's last row */
	int err;	  /* an lxw_error, or -1 out of memory */
};

/* Columns that hold a percent (0-100) in every table that has them. */
static int percent_column(const char *name)
{
	static const char *const pct[] = {"achievement",
					  "achievement_for_pay",
					  "ratio",
					  "score",
					  "factor",
					  "part_time",
					  "convention_share",
					  NULL};
	for (size_t i = 0; pct[i]; i++)
		if (strcmp(name, pct[i]) == 0)
			return 1;
	return strncmp(name, "component_", 10) == 0;
}

/*
 * The nearest double to the decimal text s divided by 10^shift: the
 * digits as an integer divided by an exact power of ten is correctly
 * rounded when both are exact in a double (up to 15 digits and 10^22),
 * which covers every number pegaso writes.
 */
static double decimal_value(const char *s, int shift)
{
	static const double p10[] = {1e0,  1e1,	 1e2,  1e3,  1e4,  1e5,
				     1e6,  1e7,	 1e8,  1e9,  1e10, 1e11,
				     1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
				     1e18, 1e19, 1e20, 1e21, 1e22};
	int neg = *s == '-', infrac = 0, kept = 0, frac = 0, dropped = 0;
	uint64_t m = 0;
	for (s += neg || *s == '+'; *s; s++) {
		if (*s == '.') {
			infrac = 1;
			continue;
		}
		if (*s < '0' || *s > '9')
			break;
		if (kept < 18) {
			m = m * 10 + (uint64_t)(*s - '0');
			kept += m > 0;
			frac += infrac;
		} else if (!infrac)
			dropped++; /* an integer digit beyond what we keep */
	}
	int k = frac + shift - dropped;
	double v = (double)m;
	if (k > 0)
		v = k < (int)PEG_COUNT(p10) ? v / p10[k] : 0;
	else if (k < 0)
		v = -k < (int)PEG_COUNT(p10) ? v * p10[-k] : v;
	return neg ? -v : v;
}

/* Characters of UTF-8 text. */
static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void widen(struct sheet *sh, size_t n)
{
	if (sh->col < sh->nhead && n > sh->width[sh->col])
		sh->width[sh->col] = n;
}

static void note_err(struct sheet *sh, lxw_error e)
{
	if (e != LXW_NO_ERROR && !sh->err)
		sh->err = (int)e;
}

static void header_cell(struct sheet *sh, const char *text)
{
	if (sh->nhead == sh->caphead) {
		size_t n = sh->caphead ? 2 * sh->caphead : 32;
		char **h = realloc(sh->head, n * sizeof(*h));
		size_t *w = realloc(sh->width, n * sizeof(*w));
		if (h)
			sh->head = h;
		if (w)
			sh->width = w;
		if (!h || !w) {
			sh->err = -1;
			return;
		}
		sh->caphead = n;
	}
	sh->head[sh->nhead] = strdup(text);
	if (!sh->head[sh->nhead]) {
		sh->err = -1;
		return;
	}
	sh->width[sh->nhead] = chars(text);
	if (strcmp(text, "measure") == 0)
		sh->measure_col = (long)sh->nhead;
	sh->nhead++;
	note_err(sh,
		 worksheet_write_string(sh->ws, 0, sh->col, text, sh->f.head));
}

static void text_cell(struct sheet *sh, const char *text)
{
	if ((long)sh->col == sh->measure_col)
		snprintf(sh->measure, sizeof(sh->measure), "%s", text);
	if (!*text)
		return;
	size_t n = strlen(text);
	char *cut = NULL;
	if (n > MAX_CELL) { /* the CSV file keeps the whole text */
		n = MAX_CELL - 3;
		while (n && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--;
		cut = malloc(n + 4);
		if (!cut) {
			sh->err = -1;
			return;
		}
		memcpy(cut, text, n);
		memcpy(cut + n, "\xe2\x80\xa6", 4);
		text = cut;
	}
	/* the characters peg_csvw_text neutralises */
	int formula = strchr("=+-@\t\r", text[0]) != NULL;
	widen(sh, chars(text));
	note_err(sh, worksheet_write_string(sh->ws, sh->row, sh->col, text,
					    formula ? sh->f.quoted : NULL));
	free(cut);
}

static void number_cell(struct sheet *sh, enum peg_cell type, const char *s)
{
	const char *name = sh->col < sh->nhead ? sh->head[sh->col] : "";
	lxw_format *f = NULL;
	int shift = 0;
	size_t extra = 0;
	if (type == PEG_CELL_MONEY) {
		f = sh->f.euro;
		extra = 2 + strlen(s) / 3;
	} else if (type == PEG_CELL_NUMBER) {
		size_t ml = strlen(sh->measure);
		int tr_value =
			sh->measure_col >= 0 && strcmp(name, "value") == 0;
		if (tr_value && ml > 8 &&
		    strcmp(sh->measure + ml - 8, "_percent") == 0) {
			f = sh->f.pct;
			shift = 2;
		} else if (tr_value && strcmp(sh->measure, "gini") == 0)
			f = sh->f.gini;
		else if (percent_column(name)) {
			f = sh->f.pct;
			shift = 2;
			extra = 2;
		}
	}
	widen(sh, strlen(s) + extra);
	note_err(sh, worksheet_write_number(sh->ws, sh->row, sh->col,
					    decimal_value(s, shift), f));
}

static void date_cell(struct sheet *sh, const char *s)
{
	peg_date d;
	const char *why;
	int y, m, dd;
	if (peg_parse_date(s, &d, &why)) {
		text_cell(sh, s);
		return;
	}
	peg_date_to_ymd(d, &y, &m, &dd);
	lxw_datetime dt = {y, m, dd, 0, 0, 0};
	widen(sh, 10);
	note_err(sh, worksheet_write_datetime(sh->ws, sh->row, sh->col, &dt,
					      sh->f.date));
}

static void sink_cell(void *ctx, enum peg_cell type, const char *text)
{
	struct sheet *sh = ctx;
	if (sh->err || sh->row >= LXW_ROW_MAX)
		return;
	if (sh->row == 0)
		header_cell(sh, text);
	else if (type == PEG_CELL_TEXT || !*text)
		text_cell(sh, text);
	else if (type == PEG_CELL_DATE)
		date_cell(sh, text);
	else
		number_cell(sh, type, text);
	sh->col++;
}

static void sink_end(void *ctx)
{
	struct sheet *sh = ctx;
	if (sh->row >= LXW_ROW_MAX) {
		sh->cut++;
		return;
	}
	sh->row++;
	sh->col = 0;
	sh->measure[0] = '\0';
}

static void sheet_release(struct sheet *sh)
{
	for (size_t i = 0; i < sh->nhead; i++)
		free(sh->head[i]);
	free(sh->head);
	free(sh->width);
}

/* One table of the run as a sheet; 0, or an lxw_error / -1. */
static int add_sheet(lxw_workbook *wb, const struct peg_run *r,
		     const struct peg_writer *w, struct sheet *proto,
		     struct peg_diag *d)
{
	char name[32];
	size_t n = strcspn(w->name, ".");
	snprintf(name, sizeof(name), "%.*s", (int)(n < 31 ? n : 31), w->name);
	struct sheet sh = *proto;
	sh.ws = workbook_add_worksheet(wb, name);
	if (!sh.ws)
		return -1;
	struct peg_cell_sink sink = {sink_cell, sink_end, &sh};
	struct peg_csvw cw;
	peg_csvw_init_sink(&cw, &sink);
	if (w->table(r, &cw) && !sh.err)
		sh.err = -1;
	if (!sh.err && sh.nhead) {
		for (size_t c = 0; c < sh.nhead; c++) {
			size_t wd = sh.width[c] + 2;
			note_err(&sh,
				 worksheet_set_column(
					 sh.ws, (lxw_col_t)c, (lxw_col_t)c,
					 (double)(wd > MAX_WIDTH ? MAX_WIDTH
								 : wd),
					 NULL));
		}
		worksheet_freeze_panes(sh.ws, 1, 0);
		note_err(&sh, worksheet_autofilter(sh.ws, 0, 0,
						   sh.row ? sh.row - 1 : 0,
						   (lxw_col_t)(sh.nhead - 1)));
	}
	if (sh.cut)
		peg_warn(d, NULL, 0,
			 "report.xlsx: sheet '%s' stops at row %d, the last "
			 "of a spreadsheet; %zu more rows are in %s only",
			 name, LXW_ROW_MAX, sh.cut, w->name);
	int err = sh.err;
	sheet_release(&sh);
	return err;
}

int peg_write_xlsx(const struct peg_run *r, const char *path,
		   const char *tmpdir, struct peg_diag *d)
{
	lxw_workbook_options o = {0};
	o.tmpdir = (char *)tmpdir;
	/* rows go to a temporary file as they are written: the memory
	 * stays small whatever the size of the trace */
	o.constant_memory = LXW_TRUE;
	lxw_workbook *wb = workbook_new_opt(path, &o);
	if (!wb)
		return peg_fail(d, PEG_EIO, path, 0,
				"cannot create the workbook");

	char title[512];
	snprintf(title, sizeof(title), "pegaso %d%s%s", r->rf.year,
		 r->rf.ente[0] ? " - " : "", r->rf.ente);
	lxw_doc_properties props = {0};
	props.title = title;
	props.comments = (char *)"pegaso";
	/* a fixed date, so that the same run gives the same bytes */
	props.created = (time_t)peg_date_from_ymd(r->rf.year + 1, 1, 1) * 86400;
	int err = (int)workbook_set_properties(wb, &props);

	struct sheet proto;
	memset(&proto, 0, sizeof(proto));
	proto.measure_col = -1;
	proto.f.head = workbook_add_format(wb);
	proto.f.euro = workbook_add_format(wb);
	proto.f.pct = workbook_add_format(wb);
	proto.f.date = workbook_add_format(wb);
	proto.f.gini = workbook_add_format(wb);
	proto.f.quoted = workbook_add_format(wb);
	if (!proto.f.head || !proto.f.euro || !proto.f.pct || !proto.f.date ||
	    !proto.f.gini || !proto.f.quoted)
		err = -1;
	else {
		format_set_bold(proto.f.head);
		format_set_bg_color(proto.f.head, 0xDDE5EE);
		format_set_bottom(proto.f.head, LXW_BORDER_THIN);
		format_set_num_format(proto.f.euro,
				      "#,##0.00 \"\xe2\x82\xac\"");
		format_set_num_format(proto.f.pct, "0.00%");
		format_set_num_format(proto.f.date, "dd/mm/yyyy");
		format_set_num_format(proto.f.gini, "0.0000");
		format_set_num_format(proto.f.quoted, "@");
#if LXW_VERSION_ID >= 115
		format_set_quote_prefix(proto.f.quoted);
#endif
	}

	size_t n;
	const struct peg_writer *w = peg_writers(&n);
	for (size_t i = 0; i < n && !err; i++)
		if (w[i].table && !w[i].no_sheet &&
		    (!w[i].pay_only || r->has_staff))
			err = add_sheet(wb, r, &w[i], &proto, d);

	/* always close: it frees the workbook, and writes it when all went
	 * well */
	lxw_error cerr = workbook_close(wb);
	if (err == -1)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0,
				"out of memory while writing report.xlsx");
	if (err)
		return peg_fail(d, PEG_EIO, path, 0, "cannot write: %s",
				lxw_strerror((lxw_error)err));
	if (cerr != LXW_NO_ERROR)
		return peg_fail(d, PEG_EIO, path, 0, "cannot write: %s",
				lxw_strerror(cerr));
	return 0;
}
