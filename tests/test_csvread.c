/*
 * test_csvread.c - the CSV reader: delimiter detection, encodings, line
 * numbers across quoted newlines, columns by name, every refusal.  Each
 * case writes a file and reads it whole.
 */
#include "csvread.h"
#include "peg_test.h"
#include "util.h"

static char *dir;

static int setup(void **state)
{
	(void)state;
	dir = peg_test_tmpdir();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	peg_remove_tree(dir);
	free(dir);
	return 0;
}

/* Reads text as a CSV file: rows as "line:f1|f2|...;" into out; the
 * first diagnostic into err.  Returns 0 or -1. */
static int read_all(const char *text, size_t len, const struct peg_csv_opts *o,
		    struct peg_buf *out, struct peg_buf *err, char *delim)
{
	const char *path = peg_test_write(dir, "t.csv", text, len);
	struct peg_diag d;
	struct peg_csv *c;
	struct peg_csv_row row;
	int r;
	peg_diag_init(&d);
	peg_buf_reset(out);
	peg_buf_reset(err);
	if (peg_csv_open(&c, path, o, &d) == 0) {
		if (delim)
			*delim = peg_csv_delimiter(c);
		peg_buf_printf(out, "H%zu:", peg_csv_width(c));
		for (size_t i = 0; i < peg_csv_width(c); i++)
			peg_buf_printf(out, "%s%s", i ? "|" : "",
				       peg_csv_header(c, i));
		peg_buf_puts(out, ";");
		while ((r = peg_csv_next(c, &row, &d)) == 1) {
			peg_buf_printf(out, "%ld:", row.line);
			for (size_t i = 0; i < row.n; i++)
				peg_buf_printf(out, "%s%s", i ? "|" : "",
					       row.field[i]);
			peg_buf_puts(out, ";");
		}
		peg_csv_close(c);
	} else
		r = -1;
	if (d.n) {
		/* strip the temporary folder from the message */
		const char *m = peg_test_diag(&d, 0);
		const char *s = strstr(m, "t.csv");
		peg_buf_puts(err, s ? s : m);
	}
	peg_diag_release(&d);
	return r;
}

struct csv_case {
	const char *name;
	const char *text;
	size_t len; /* 0 = strlen */
	int ok;
	const char *rows;  /* expected rows when ok */
	const char *error; /* expected start of the error when !ok */
	char delim;
};

static const struct csv_case cases[] = {
	{"comma", "a,b\n1,2\n", 0, 1, "H2:a|b;2:1|2;", NULL, ','},
	{"semicolon", "a;b\n1,5;2\n", 0, 1, "H2:a|b;2:1,5|2;", NULL, ';'},
	{"tab, blanks stripped", "a\tb\n1\t 2 \n", 0, 1, "H2:a|b;2:1|2;", NULL, '\t'},
	{"single column", "id\n7\n", 0, 1, "H1:id;2:7;", NULL, ','},
	{"crlf", "a,b\r\n1,2\r\n3,4\r\n", 0, 1, "H2:a|b;2:1|2;3:3|4;", NULL,
	 ','},
	{"lone cr (old Mac)", "a,b\r1,2\r\r3,4\r", 0, 1, "H2:a|b;2:1|2;4:3|4;",
	 NULL, ','},
	{"quoted cr", "a,b\r\"x\ry\",2\r3,4\r", 0, 1,
	 "H2:a|b;2:x\ry|2;4:3|4;", NULL, ','},
	{"no final newline", "a,b\n1,2", 0, 1, "H2:a|b;2:1|2;", NULL, ','},
	{"bom", "\xEF\xBB\xBF" "a,b\n1,2\n", 0, 1, "H2:a|b;2:1|2;", NULL, ','},
	{"blank lines keep numbering", "\n\na,b\n\n1,2\n\n\n3,4\n", 0, 1,
	 "H2:a|b;5:1|2;8:3|4;", NULL, ','},
	{"rows of empty cells skipped", "a;b\n;\n1;2\n ; \n", 0, 1,
	 "H2:a|b;3:1|2;", NULL, ';'},
	{"quoted newline", "a,b\n\"x\ny\",2\n3,4\n", 0, 1,
	 "H2:a|b;2:x\ny|2;4:3|4;", NULL, ','},
	{"quoted blank line inside", "a,b\n\"x\n\ny\",2\n3,4\n", 0, 1,
	 "H2:a|b;2:x\n\ny|2;5:3|4;", NULL, ','},
	{"quoted delimiter and quote", "a,b\n\"1,5\",\"say \"\"hi\"\"\"\n", 0,
	 1, "H2:a|b;2:1,5|say \"hi\";", NULL, ','},
	{"quoted header", "\"a\",\" b \"\n1,2\n", 0, 1, "H2:a|b;2:1|2;", NULL,
	 ','},
	{"delimiter inside quotes not counted", "\"a;x\",b,c\n1,2,3\n", 0, 1,
	 "H3:a;x|b|c;2:1|2|3;", NULL, ','},
	{"utf8 text", "nome\nqualit\xc3\xa0\n", 0, 1,
	 "H1:nome;2:qualit\xc3\xa0;", NULL, ','},
	/* refusals */
	{"empty file", "", 0, 0, NULL, "t.csv: empty file", 0},
	{"only blank lines", "\n\n \n", 0, 0, NULL, "t.csv: empty file", 0},
	{"ragged short", "a,b,c\n1,2\n", 0, 0, NULL,
	 "t.csv:2: 2 fields, but the header has 3", 0},
	{"ragged long", "a,b\n1,2\n1,2,3\n", 0, 0, NULL,
	 "t.csv:3: 3 fields, but the header has 2", 0},
	{"unterminated quote", "a,b\n1,\"2\n3,4\n", 0, 0, NULL,
	 "t.csv:2: unterminated quoted field", 0},
	{"quote inside unquoted field", "a,b\n1,2\"x\n", 0, 0, NULL,
	 "t.csv:2: malformed quotes", 0},
	{"latin1", "a\nqualit\xe0\n", 0, 0, NULL,
	 "t.csv:2: invalid UTF-8 (byte 0xE0 at column 7)", 0},
	{"utf16le", "\xFF\xFE" "a\0,\0b\0\n\0", 10, 0, NULL,
	 "t.csv:1: the file is UTF-16", 0},
	{"utf16be", "\xFE\xFF\0a\0,\0b\0\n", 10, 0, NULL,
	 "t.csv:1: the file is UTF-16", 0},
	{"nul byte", "a,b\n1,\0\n", 8, 0, NULL, "t.csv:2: NUL byte", 0},
	{"bom in the middle", "a,b\n1,2\n\xEF\xBB\xBF" "3,4\n", 0, 0, NULL,
	 "t.csv:3: byte order mark inside the file", 0},
	{"ambiguous delimiter", "a;b,c\n1;2,3\n", 0, 0, NULL,
	 "t.csv:1: cannot tell the delimiter", 0},
};

static void test_cases(void **state)
{
	(void)state;
	struct peg_buf out = {0}, err = {0};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct csv_case *c = &cases[i];
		char delim = 0;
		int r = read_all(c->text, c->len, NULL, &out, &err, &delim);
		if (c->ok) {
			if (r != 0)
				fail_msg("%s: failed: %s", c->name,
					 peg_buf_str(&err));
			if (strcmp(peg_buf_str(&out), c->rows) != 0)
				fail_msg("%s: read \"%s\", expected \"%s\"",
					 c->name, peg_buf_str(&out), c->rows);
			if (delim != c->delim)
				fail_msg("%s: delimiter '%c'", c->name, delim);
		} else {
			if (r == 0)
				fail_msg("%s: accepted: %s", c->name,
					 peg_buf_str(&out));
			if (strncmp(peg_buf_str(&err), c->error,
				    strlen(c->error)) != 0)
				fail_msg("%s: error \"%s\", expected \"%s...\"",
					 c->name, peg_buf_str(&err), c->error);
		}
	}
	peg_buf_release(&out);
	peg_buf_release(&err);
}

static void test_cp1252(void **state)
{
	(void)state;
	struct peg_csv_opts o = {0, -1, PEG_ENC_CP1252, 0, 0, 0};
	struct peg_buf out = {0}, err = {0};
	/* 0xE0 a-grave, 0x80 euro sign in Windows-1252. */
	assert_int_equal(read_all("a\nqualit\xe0 \x80\n", 0, &o, &out, &err,
				  NULL),
			 0);
	assert_string_equal(peg_buf_str(&out),
			    "H1:a;2:qualit\xc3\xa0 \xe2\x82\xac;");
	/* 0x81 is undefined in Windows-1252. */
	assert_int_not_equal(read_all("a\nx\x81\n", 0, &o, &out, &err, NULL),
			     0);
	PEG_ASSERT_CONTAINS(peg_buf_str(&err), "not Windows-1252");
	peg_buf_release(&out);
	peg_buf_release(&err);
}

static void test_limits(void **state)
{
	(void)state;
	struct peg_buf out = {0}, err = {0};
	struct peg_csv_opts o = {0, -1, 0, 16, 3, 2};
	assert_int_not_equal(read_all("a,b\n12345678901234567890\n", 0, &o,
				      &out, &err, NULL),
			     0);
	PEG_ASSERT_CONTAINS(peg_buf_str(&err), "t.csv:2: line longer than 16");
	assert_int_not_equal(read_all("a,b\n1,2,3,4\n", 0, &o, &out, &err,
				      NULL),
			     0);
	PEG_ASSERT_CONTAINS(peg_buf_str(&err), "more than 3 fields");
	assert_int_not_equal(read_all("a\n1\n2\n3\n", 0, &o, &out, &err, NULL),
			     0);
	PEG_ASSERT_CONTAINS(peg_buf_str(&err), "t.csv:4: more than 2 records");
	/* a quoted field over many short lines: the record is limited
	 * like a line, named at the line where it starts */
	assert_int_not_equal(read_all("a,b\n1,\"x\nyyyy\nzzzz\nwwww\n"
				      "vvvv\"\n",
				      0, &o, &out, &err, NULL),
			     0);
	PEG_ASSERT_CONTAINS(peg_buf_str(&err),
			    "t.csv:2: record longer than 16 bytes: a quoted "
			    "field runs on to line 5");
	/* 16 bytes exactly over three lines is a record */
	assert_int_equal(read_all("a,b\n1,\"x\nyyyy\nzzzz\"\n", 0, &o,
				  &out, &err, NULL),
			 0);
	assert_string_equal(peg_buf_str(&out), "H2:a|b;2:1|x\nyyyy\nzzzz;");
	/* the size of the file, at open and while reading */
	struct peg_csv_opts small = {0, -1, 0, 0, 0, 0, 10};
	assert_int_not_equal(read_all("a,b\n1,2\n3,4\n", 0, &small, &out,
				      &err, NULL),
			     0);
	PEG_ASSERT_CONTAINS(peg_buf_str(&err),
			    "t.csv: the file has 12 bytes, more than the 10 "
			    "an input file may have");
	peg_buf_release(&out);
	peg_buf_release(&err);
}

static void test_decimal(void **state)
{
	(void)state;
	struct peg_diag d;
	struct peg_csv *c;
	peg_diag_init(&d);
	const char *p = peg_test_write(dir, "s.csv", "a;b\n1;2\n", 0);
	assert_int_equal(peg_csv_open(&c, p, NULL, &d), 0);
	assert_int_equal(peg_csv_decimal(c), PEG_DEC_COMMA);
	peg_csv_close(c);
	struct peg_csv_opts o = {0, PEG_DEC_POINT, 0, 0, 0, 0};
	assert_int_equal(peg_csv_open(&c, p, &o, &d), 0);
	assert_int_equal(peg_csv_decimal(c), PEG_DEC_POINT);
	peg_csv_close(c);
	p = peg_test_write(dir, "p.csv", "a,b\n1,2\n", 0);
	assert_int_equal(peg_csv_open(&c, p, NULL, &d), 0);
	assert_int_equal(peg_csv_decimal(c), PEG_DEC_POINT);
	peg_csv_close(c);
	peg_diag_release(&d);
}

static void test_bind(void **state)
{
	(void)state;
	struct peg_diag d;
	struct peg_csv *c;
	static const struct peg_csv_col cols[] = {
		{"id", 1}, {"Value", 1}, {"note", 0}, {"extra", 0}};
	int idx[4];
	peg_diag_init(&d);
	const char *p = peg_test_write(dir, "b.csv",
				       " VALUE ,ID,comment,\n1,2,3,4\n", 0);
	assert_int_equal(peg_csv_open(&c, p, NULL, &d), 0);
	assert_int_equal(peg_csv_bind(c, cols, 4, idx, &d), 0);
	assert_int_equal(idx[0], 1);
	assert_int_equal(idx[1], 0);
	assert_int_equal(idx[2], -1);
	assert_int_equal(idx[3], -1);
	/* warnings: the unknown column and the unnamed one */
	assert_int_equal(d.n, 2);
	assert_int_equal(d.item[0].severity, PEG_SEV_WARNING);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "b.csv:1: warning: unknown column 'comment' ignored");
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 1),
			    "b.csv:1: warning: column 4 has no name; ignored");
	peg_csv_close(c);
	peg_diag_release(&d);

	peg_diag_init(&d);
	p = peg_test_write(dir, "m.csv", "note,id,id\n1,2,3\n", 0);
	assert_int_equal(peg_csv_open(&c, p, NULL, &d), 0);
	assert_int_equal(peg_csv_bind(c, cols, 4, idx, &d), -1);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "m.csv:1: column 'id' appears twice (columns 2 and 3)");
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 1),
			    "m.csv:1: missing required column 'Value'");
	assert_int_equal(peg_diag_code(&d), PEG_EDATA);
	peg_csv_close(c);
	peg_diag_release(&d);
}

static void test_open_errors(void **state)
{
	(void)state;
	struct peg_diag d;
	struct peg_csv *c;
	peg_diag_init(&d);
	assert_int_equal(peg_csv_open(&c, "/nonexistent/x.csv", NULL, &d), -1);
	assert_null(c);
	assert_string_equal(peg_test_diag(&d, 0),
			    "/nonexistent/x.csv: cannot open: No such file or "
			    "directory");
	assert_int_equal(peg_diag_code(&d), PEG_EIO);
	peg_diag_release(&d);
	peg_diag_init(&d);
	assert_int_equal(peg_csv_open(&c, dir, NULL, &d), -1);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "is a directory, expected a CSV file");
	assert_int_equal(peg_diag_code(&d), PEG_EIO);
	peg_diag_release(&d);
}

/* Many records: the queue and the field buffer are reused correctly. */
static void test_many_rows(void **state)
{
	(void)state;
	struct peg_buf text = {0};
	peg_buf_puts(&text, "id,text\n");
	for (int i = 0; i < 20000; i++)
		peg_buf_printf(&text, "%d,\"row %d\nsecond line\"\n", i, i);
	const char *p = peg_test_write(dir, "many.csv", text.data, text.len);
	struct peg_diag d;
	struct peg_csv *c;
	struct peg_csv_row row;
	peg_diag_init(&d);
	assert_int_equal(peg_csv_open(&c, p, NULL, &d), 0);
	int n = 0;
	char want[64];
	while (peg_csv_next(c, &row, &d) == 1) {
		snprintf(want, sizeof(want), "row %d\nsecond line", n);
		assert_string_equal(row.field[1], want);
		PEG_ASSERT_INT(row.line, 2 + 2 * n);
		n++;
	}
	assert_int_equal(n, 20000);
	assert_int_equal(d.n, 0);
	peg_csv_close(c);
	peg_diag_release(&d);
	peg_buf_release(&text);
}

/* A CR at the very end of a read chunk (256 KiB): CRLF and lone CR. */
static void test_cr_at_chunk_end(void **state)
{
	(void)state;
	for (int lone = 0; lone < 2; lone++) {
		struct peg_buf t = {0};
		peg_buf_puts(&t, "a\r\n");
		size_t len = 262144 - 1 - t.len; /* the CR at offset 262143 */
		for (size_t i = 0; i < len; i++)
			peg_buf_putc(&t, 'x');
		peg_buf_puts(&t, lone ? "\rb\r\n" : "\r\nb\r\n");
		const char *p = peg_test_write(dir, "cr.csv", t.data, t.len);
		struct peg_diag d;
		struct peg_csv *c;
		struct peg_csv_row row;
		peg_diag_init(&d);
		assert_int_equal(peg_csv_open(&c, p, NULL, &d), 0);
		assert_int_equal(peg_csv_next(c, &row, &d), 1);
		PEG_ASSERT_INT(row.line, 2);
		PEG_ASSERT_INT(strlen(row.field[0]), len);
		assert_int_equal(peg_csv_next(c, &row, &d), 1);
		PEG_ASSERT_INT(row.line, 3);
		assert_string_equal(row.field[0], "b");
		assert_int_equal(peg_csv_next(c, &row, &d), 0);
		peg_csv_close(c);
		peg_diag_release(&d);
		peg_buf_release(&t);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),	  cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_limits),	  cmocka_unit_test(test_decimal),
		cmocka_unit_test(test_bind),	  cmocka_unit_test(test_open_errors),
		cmocka_unit_test(test_many_rows),
		cmocka_unit_test(test_cr_at_chunk_end),
	};
	return cmocka_run_group_tests_name("csvread", tests, setup, teardown);
}
