/*
 * csvread.c - the CSV reader (see csvread.h); the only module that
 * includes libcsv's <csv.h>.
 *
 * libcsv strips blanks around unquoted fields, skips blank lines silently
 * and reports records only through callbacks, so the file is fed to it one
 * physical line at a time: that is how every record knows the line where
 * it starts, also when a quoted field spans several lines.  Completed
 * records are queued (a physical line may, rarely, hold more than one) and
 * handed out one by one.
 */
#include "csvread.h"
#include "util.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DEFAULT_MAX_LINE (1024 * 1024)
#define DEFAULT_MAX_FIELDS 1024
#define DEFAULT_MAX_RECORDS UINT64_C(50000000)
#define DEFAULT_MAX_BYTES (UINT64_C(2) << 30)
#define READ_CHUNK (256 * 1024)

struct rec {
	size_t first; /* index of its first field in foff */
	size_t n;     /* number of fields */
	long line;    /* physical line where it starts */
};

struct peg_csv {
	FILE *fp;
	char *name;
	struct csv_parser parser;
	int parser_ok;
	iconv_t cd; /* (iconv_t)-1 when reading UTF-8 */

	char delim;
	enum peg_decimal dec;
	size_t width;    /* fields in the header */
	char **header;   /* trimmed header names */

	/* physical line reader */
	char *rbuf;            /* raw bytes read, READ_CHUNK */
	size_t rlen, rpos;     /* bytes in rbuf, next unread byte */
	int eof;               /* fread reported end of file */
	uint64_t nbytes;       /* bytes read so far */
	struct peg_buf line;   /* the current physical line */
	struct peg_buf conv;   /* the line converted to UTF-8 */
	long lineno;           /* physical line number of `line` */

	/* record assembly from libcsv callbacks */
	struct peg_buf fbuf;   /* field bytes, each NUL-terminated */
	size_t *foff;          /* offset of each field in fbuf */
	size_t nf, capf;
	struct rec *rec;       /* completed records */
	size_t nrec, caprec, head;
	size_t partial_first;  /* first field of the record in progress */
	long cur_start;        /* line where the record in progress starts */
	size_t rec_bytes;      /* its bytes so far (over its lines) */
	int pending;           /* a record is in progress across lines */
	int got_end;           /* this line ended a record */
	int data_after_end;    /* ... and then started another */
	int cb_error;          /* a callback ran out of memory or fields */
	int finished;          /* csv_fini done */

	const char **out;      /* field pointers of the record handed out */
	size_t capout;
	uint64_t records;
	uint64_t max_bytes;
	size_t max_line, max_fields;
	uint64_t max_records;
};

/* ---- libcsv callbacks ------------------------------------------------- */

static void on_field(void *s, size_t len, void *data)
{
	struct peg_csv *c = data;
	if (c->cb_error)
		return;
	if (c->nf - c->partial_first >= c->max_fields) {
		c->cb_error = 2;
		return;
	}
	if (c->nf == c->capf) {
		size_t cap = c->capf ? c->capf * 2 : 64;
		size_t *p = realloc(c->foff, cap * sizeof(*p));
		if (!p) {
			c->cb_error = 1;
			return;
		}
		c->foff = p;
		c->capf = cap;
	}
	c->foff[c->nf++] = c->fbuf.len;
	peg_buf_add(&c->fbuf, s ? s : "", s ? len : 0);
	peg_buf_putc(&c->fbuf, '\0');
	if (c->fbuf.oom)
		c->cb_error = 1;
	c->data_after_end = c->got_end;
}

static void on_record(int term, void *data)
{
	struct peg_csv *c = data;
	(void)term;
	if (c->cb_error)
		return;
	if (c->nrec == c->caprec) {
		size_t cap = c->caprec ? c->caprec * 2 : 8;
		struct rec *p = realloc(c->rec, cap * sizeof(*p));
		if (!p) {
			c->cb_error = 1;
			return;
		}
		c->rec = p;
		c->caprec = cap;
	}
	c->rec[c->nrec].first = c->partial_first;
	c->rec[c->nrec].n = c->nf - c->partial_first;
	c->rec[c->nrec].line = c->cur_start;
	c->nrec++;
	c->partial_first = c->nf;
	c->got_end = 1;
	c->data_after_end = 0;
}

/* Only the space is a blank to strip: TAB may be the delimiter. */
static int is_space(unsigned char ch)
{
	return ch == ' ';
}

/* ---- physical lines --------------------------------------------------- */

/*
 * Reads the next physical line into c->line (with its terminator).  A
 * line ends at LF, CRLF or a lone CR (old Mac files), so line numbers
 * are right in every case.  Returns 1, 0 at end of file, -1 on error.
 */
static int read_line(struct peg_csv *c, struct peg_diag *d)
{
	int cr_pending = 0; /* the line so far ends with a CR */
	peg_buf_reset(&c->line);
	for (;;) {
		if (c->rpos == c->rlen) {
			if (c->eof)
				return c->line.len ? 1 : 0;
			c->rlen = fread(c->rbuf, 1, READ_CHUNK, c->fp);
			c->rpos = 0;
			c->nbytes += c->rlen;
			if (c->nbytes > c->max_bytes)
				return peg_fail(d, PEG_EDATA, c->name,
						c->lineno + 1,
						"the file is larger than %llu "
						"bytes, the most an input "
						"file may have",
						(unsigned long long)
							c->max_bytes);
			if (c->rlen < READ_CHUNK) {
				if (ferror(c->fp))
					return peg_fail(d, PEG_EIO, c->name, 0,
							"read error: %s",
							strerror(errno));
				c->eof = 1;
			}
			if (c->rlen == 0)
				return c->line.len ? 1 : 0;
		}
		const char *start = c->rbuf + c->rpos;
		size_t avail = c->rlen - c->rpos;
		if (cr_pending) {
			/* CRLF split across two reads, or a lone CR */
			if (*start == '\n') {
				peg_buf_putc(&c->line, '\n');
				c->rpos++;
			}
			return c->line.oom ? peg_fail(d, PEG_EINTERNAL, c->name, 0,
						     "out of memory")
					   : 1;
		}
		const char *nl = memchr(start, '\n', avail);
		size_t limit = nl ? (size_t)(nl - start) : avail;
		const char *cr = memchr(start, '\r', limit);
		size_t take;
		int done = 1;
		if (cr && cr + 1 < start + avail)
			take = (size_t)(cr - start) + 1 + (cr[1] == '\n');
		else if (cr) {
			take = avail; /* the CR ends the chunk: look ahead */
			cr_pending = 1;
			done = 0;
		} else if (nl)
			take = (size_t)(nl - start) + 1;
		else {
			take = avail;
			done = 0;
		}
		if (c->line.len + take > c->max_line)
			return peg_fail(d, PEG_EDATA, c->name, c->lineno + 1,
					"line longer than %zu bytes",
					c->max_line);
		peg_buf_add(&c->line, start, take);
		if (c->line.oom)
			return peg_fail(d, PEG_EINTERNAL, c->name, 0,
					"out of memory");
		c->rpos += take;
		if (done)
			return 1;
	}
}

/* Checks and converts the current line; sets *text, *len to UTF-8. */
static int check_line(struct peg_csv *c, const char **text, size_t *len,
		      struct peg_diag *d)
{
	const char *s = c->line.data;
	size_t n = c->line.len;

	if (c->lineno == 1) {
		unsigned char b0 = n >= 2 ? (unsigned char)s[0] : 0;
		unsigned char b1 = n >= 2 ? (unsigned char)s[1] : 0;
		if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
			return peg_fail(d, PEG_EDATA, c->name, 1,
					"the file is UTF-16; re-save it as "
					"UTF-8 (CSV UTF-8 in Excel)");
		if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
			s += 3;
			n -= 3;
		}
	}
	if (memchr(s, '\0', n))
		return peg_fail(d, PEG_EDATA, c->name, c->lineno,
				"NUL byte in the text (is the file UTF-16 or "
				"binary?)");
	if (c->cd != (iconv_t)-1) {
		peg_buf_reset(&c->conv);
		peg_buf_add(&c->conv, "", 0);
		char *in = (char *)s;
		size_t inleft = n;
		while (inleft) {
			char tmp[4096];
			char *o = tmp;
			size_t oleft = sizeof(tmp);
			size_t r = iconv(c->cd, &in, &inleft, &o, &oleft);
			peg_buf_add(&c->conv, tmp, (size_t)(o - tmp));
			if (r == (size_t)-1 && errno != E2BIG)
				return peg_fail(d, PEG_EDATA, c->name,
						c->lineno,
						"byte 0x%02X at column %zu is "
						"not Windows-1252",
						(unsigned char)*in,
						(size_t)(in - s) + 1);
		}
		if (c->conv.oom)
			return peg_fail(d, PEG_EINTERNAL, c->name, 0,
					"out of memory");
		s = c->conv.data;
		n = c->conv.len;
	}
	size_t bad, bom;
	if (peg_utf8_check(s, n, &bad, &bom))
		return peg_fail(d, PEG_EDATA, c->name, c->lineno,
				"invalid UTF-8 (byte 0x%02X at column %zu); "
				"re-save the file as UTF-8, or set encoding = "
				"windows-1252 in the run file",
				(unsigned char)s[bad], bad + 1);
	if (bom != (size_t)-1)
		return peg_fail(d, PEG_EDATA, c->name, c->lineno,
				"byte order mark inside the file at column "
				"%zu (were two files joined?)",
				bom + 1);
	*text = s;
	*len = n;
	return 0;
}

static int is_blank_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* Feeds one physical line to libcsv. */
static int feed_line(struct peg_csv *c, const char *s, size_t n,
		     struct peg_diag *d)
{
	int blank = is_blank_line(s, n);
	if (!c->pending) {
		c->cur_start = c->lineno;
		c->rec_bytes = 0;
	}
	c->rec_bytes += n;
	if (c->rec_bytes > c->max_line)
		return peg_fail(d, PEG_EDATA, c->name, c->cur_start,
				"record longer than %zu bytes: a quoted field "
				"runs on to line %ld (is its closing '\"' "
				"missing?)",
				c->max_line, c->lineno);
	c->got_end = c->data_after_end = 0;
	size_t done = csv_parse(&c->parser, s, n, on_field, on_record, c);
	if (c->cb_error == 2)
		return peg_fail(d, PEG_EDATA, c->name, c->cur_start,
				"more than %zu fields in a record",
				c->max_fields);
	if (c->cb_error)
		return peg_fail(d, PEG_EINTERNAL, c->name, 0, "out of memory");
	if (done < n) {
		if (csv_error(&c->parser) == CSV_ENOMEM ||
		    csv_error(&c->parser) == CSV_ETOOBIG)
			return peg_fail(d, PEG_EINTERNAL, c->name, 0,
					"out of memory");
		return peg_fail(d, PEG_EDATA, c->name, c->lineno,
				"malformed quotes at column %zu (a '\"' inside "
				"a field must be doubled and the field quoted)",
				done + 1);
	}
	if (c->pending)
		c->pending = !c->got_end || c->data_after_end;
	else
		c->pending = !blank && (!c->got_end || c->data_after_end);
	return 0;
}

/* Feeds lines until a record is queued or the file ends.  1/0/-1. */
static int fill(struct peg_csv *c, struct peg_diag *d)
{
	while (c->head == c->nrec) {
		/* Everything handed out: move the partial record to front. */
		if (c->nrec) {
			size_t base = c->partial_first < c->nf
					      ? c->foff[c->partial_first]
					      : c->fbuf.len;
			size_t keep = c->fbuf.len - base;
			memmove(c->fbuf.data, c->fbuf.data + base, keep);
			c->fbuf.len = keep;
			for (size_t i = c->partial_first; i < c->nf; i++)
				c->foff[i - c->partial_first] =
					c->foff[i] - base;
			c->nf -= c->partial_first;
			c->partial_first = 0;
			c->nrec = c->head = 0;
		}
		if (c->finished)
			return 0;
		int r = read_line(c, d);
		if (r < 0)
			return -1;
		if (r == 0) {
			c->finished = 1;
			if (csv_fini(&c->parser, on_field, on_record, c) != 0)
				return peg_fail(d, PEG_EDATA, c->name,
						c->cur_start,
						"unterminated quoted field "
						"(a '\"' opens a field that "
						"never closes)");
			if (c->cb_error)
				return peg_fail(d, PEG_EINTERNAL, c->name, 0,
						"out of memory");
			continue;
		}
		c->lineno++;
		const char *s;
		size_t n;
		if (check_line(c, &s, &n, d) || feed_line(c, s, n, d))
			return -1;
	}
	return 1;
}

/* ---- header ----------------------------------------------------------- */

static const char *delim_name(char ch)
{
	return ch == ',' ? "','" : ch == ';' ? "';'" : "TAB";
}

/* Counts ',' ';' and TAB outside double quotes in the first line. */
static int detect_delimiter(struct peg_csv *c, const char *s, size_t n,
			    struct peg_diag *d)
{
	static const char cand[3] = {',', ';', '\t'};
	size_t count[3] = {0, 0, 0};
	int inq = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			inq = !inq;
		else if (!inq)
			for (int k = 0; k < 3; k++)
				count[k] += s[i] == cand[k];
	}
	int best = 0;
	for (int k = 1; k < 3; k++)
		if (count[k] > count[best])
			best = k;
	for (int k = 0; k < 3; k++)
		if (k != best && count[k] == count[best] && count[k] > 0)
			return peg_fail(d, PEG_EDATA, c->name, c->lineno,
					"cannot tell the delimiter: the header "
					"has as many %s as %s",
					delim_name(cand[k]),
					delim_name(cand[best]));
	c->delim = count[best] ? cand[best] : ',';
	return 0;
}

static int read_header(struct peg_csv *c, const struct peg_csv_opts *o,
		       struct peg_diag *d)
{
	/* Find the first non-blank physical line to detect the delimiter. */
	for (;;) {
		int r = read_line(c, d);
		if (r < 0)
			return -1;
		if (r == 0)
			return peg_fail(d, PEG_EDATA, c->name, 0,
					"empty file (a header line is "
					"required)");
		c->lineno++;
		const char *s;
		size_t n;
		if (check_line(c, &s, &n, d))
			return -1;
		if (is_blank_line(s, n))
			continue;
		if (o->delimiter)
			c->delim = (char)o->delimiter;
		else if (detect_delimiter(c, s, n, d))
			return -1;
		csv_set_delim(&c->parser, (unsigned char)c->delim);
		if (feed_line(c, s, n, d))
			return -1;
		break;
	}
	c->dec = o->decimal >= 0 ? (enum peg_decimal)o->decimal
		 : c->delim == ';' ? PEG_DEC_COMMA
				   : PEG_DEC_POINT;
	int r = fill(c, d);
	if (r < 0)
		return -1;
	if (r == 0)
		return peg_fail(d, PEG_EDATA, c->name, 0,
				"empty file (a header line is required)");
	struct rec *h = &c->rec[c->head++];
	c->width = h->n;
	c->header = calloc(h->n, sizeof(*c->header));
	if (!c->header)
		return peg_fail(d, PEG_EINTERNAL, c->name, 0, "out of memory");
	for (size_t i = 0; i < h->n; i++) {
		const char *f = c->fbuf.data + c->foff[h->first + i];
		size_t n;
		peg_trim(&f, &n);
		c->header[i] = strndup(f, n);
		if (!c->header[i])
			return peg_fail(d, PEG_EINTERNAL, c->name, 0,
					"out of memory");
	}
	return 0;
}

int peg_csv_open(struct peg_csv **out, const char *path,
		 const struct peg_csv_opts *opts, struct peg_diag *d)
{
	static const struct peg_csv_opts defaults = {0, -1, 0, 0, 0, 0};
	const struct peg_csv_opts *o = opts ? opts : &defaults;
	struct peg_csv *c = calloc(1, sizeof(*c));

	*out = NULL;
	if (!c)
		return peg_fail(d, PEG_EINTERNAL, path, 0, "out of memory");
	c->cd = (iconv_t)-1;
	c->name = strdup(path);
	c->rbuf = malloc(READ_CHUNK);
	c->max_line = o->max_line ? o->max_line : DEFAULT_MAX_LINE;
	c->max_fields = o->max_fields ? o->max_fields : DEFAULT_MAX_FIELDS;
	c->max_records = o->max_records ? o->max_records : DEFAULT_MAX_RECORDS;
	c->max_bytes = o->max_bytes ? o->max_bytes : DEFAULT_MAX_BYTES;
	if (!c->name || !c->rbuf) {
		peg_csv_close(c);
		return peg_fail(d, PEG_EINTERNAL, path, 0, "out of memory");
	}
	c->fp = fopen(path, "rb");
	if (!c->fp) {
		int e = errno;
		peg_csv_close(c);
		return peg_fail(d, PEG_EIO, path, 0, "cannot open: %s",
				strerror(e));
	}
	struct stat st;
	int have_st = fstat(fileno(c->fp), &st) == 0;
	if (have_st && S_ISDIR(st.st_mode)) {
		peg_csv_close(c);
		return peg_fail(d, PEG_EIO, path, 0,
				"is a directory, expected a CSV file");
	}
	if (have_st && S_ISREG(st.st_mode) &&
	    (uint64_t)st.st_size > c->max_bytes) {
		unsigned long long most = c->max_bytes;
		peg_csv_close(c);
		return peg_fail(d, PEG_EDATA, path, 0,
				"the file has %llu bytes, more than the %llu "
				"an input file may have",
				(unsigned long long)st.st_size, most);
	}
	if (o->encoding == PEG_ENC_CP1252) {
		c->cd = iconv_open("UTF-8", "WINDOWS-1252");
		if (c->cd == (iconv_t)-1) {
			peg_csv_close(c);
			return peg_fail(d, PEG_EINTERNAL, path, 0,
					"iconv cannot convert from "
					"Windows-1252");
		}
	}
	if (csv_init(&c->parser, CSV_STRICT | CSV_STRICT_FINI |
					 CSV_APPEND_NULL) != 0) {
		peg_csv_close(c);
		return peg_fail(d, PEG_EINTERNAL, path, 0, "out of memory");
	}
	c->parser_ok = 1;
	csv_set_space_func(&c->parser, is_space);
	if (read_header(c, o, d)) {
		peg_csv_close(c);
		return -1;
	}
	*out = c;
	return 0;
}

int peg_csv_bind(struct peg_csv *c, const struct peg_csv_col *cols,
		 size_t ncols, int *idx, struct peg_diag *d)
{
	int bad = 0;
	for (size_t i = 0; i < c->width; i++)
		for (size_t j = 0; j < i; j++)
			if (c->header[i][0] &&
			    peg_strieq(c->header[i], c->header[j])) {
				peg_fail(d, PEG_EDATA, c->name, 1,
					 "column '%s' appears twice (columns "
					 "%zu and %zu)",
					 c->header[i], j + 1, i + 1);
				bad = 1;
			}
	struct peg_buf missing = {0};
	for (size_t k = 0; k < ncols; k++) {
		idx[k] = -1;
		for (size_t i = 0; i < c->width; i++)
			if (peg_strieq(c->header[i], cols[k].name)) {
				idx[k] = (int)i;
				break;
			}
		if (idx[k] < 0 && cols[k].required) {
			peg_buf_printf(&missing, "%s'%s'",
				       missing.len ? ", " : "", cols[k].name);
		}
	}
	if (missing.len) {
		peg_fail(d, PEG_EDATA, c->name, 1,
			 "missing required column%s %s",
			 strchr(peg_buf_str(&missing), ',') ? "s" : "",
			 peg_buf_str(&missing));
		bad = 1;
	}
	peg_buf_release(&missing);
	if (bad)
		return -1;
	for (size_t i = 0; i < c->width; i++) {
		int used = 0;
		for (size_t k = 0; k < ncols; k++)
			used |= idx[k] == (int)i;
		if (used)
			continue;
		if (c->header[i][0])
			peg_warn(d, c->name, 1, "unknown column '%s' ignored",
				 c->header[i]);
		else
			peg_warn(d, c->name, 1,
				 "column %zu has no name; ignored", i + 1);
	}
	return 0;
}

int peg_csv_next(struct peg_csv *c, struct peg_csv_row *row,
		 struct peg_diag *d)
{
	for (;;) {
		int r = fill(c, d);
		if (r <= 0)
			return r;
		struct rec *rc = &c->rec[c->head++];
		int empty = 1;
		for (size_t i = 0; i < rc->n && empty; i++) {
			const char *f = c->fbuf.data + c->foff[rc->first + i];
			empty = peg_is_blank(f);
		}
		if (empty)
			continue;
		if (rc->n != c->width)
			return peg_fail(d, PEG_EDATA, c->name, rc->line,
					"%zu field%s, but the header has %zu",
					rc->n, rc->n == 1 ? "" : "s",
					c->width);
		if (++c->records > c->max_records)
			return peg_fail(d, PEG_EDATA, c->name, rc->line,
					"more than %llu records",
					(unsigned long long)c->max_records);
		if (c->capout < rc->n) {
			const char **p = realloc(c->out, rc->n * sizeof(*p));
			if (!p)
				return peg_fail(d, PEG_EINTERNAL, c->name, 0,
						"out of memory");
			c->out = p;
			c->capout = rc->n;
		}
		for (size_t i = 0; i < rc->n; i++)
			c->out[i] = c->fbuf.data + c->foff[rc->first + i];
		row->line = rc->line;
		row->n = rc->n;
		row->field = c->out;
		return 1;
	}
}

void peg_csv_close(struct peg_csv *c)
{
	if (!c)
		return;
	if (c->fp)
		fclose(c->fp);
	if (c->parser_ok)
		csv_free(&c->parser);
	if (c->cd != (iconv_t)-1)
		iconv_close(c->cd);
	if (c->header)
		for (size_t i = 0; i < c->width; i++)
			free(c->header[i]);
	free(c->header);
	free(c->name);
	free(c->rbuf);
	peg_buf_release(&c->line);
	peg_buf_release(&c->conv);
	peg_buf_release(&c->fbuf);
	free(c->foff);
	free(c->rec);
	free(c->out);
	free(c);
}

const char *peg_csv_name(const struct peg_csv *c)
{
	return c->name;
}

enum peg_decimal peg_csv_decimal(const struct peg_csv *c)
{
	return c->dec;
}

char peg_csv_delimiter(const struct peg_csv *c)
{
	return c->delim;
}

size_t peg_csv_width(const struct peg_csv *c)
{
	return c->width;
}

const char *peg_csv_header(const struct peg_csv *c, size_t i)
{
	return c->header[i];
}

uint64_t peg_csv_records(const struct peg_csv *c)
{
	return c->records;
}
