/*
 * test_audit.c - the audit tools: SHA-256 against the published test
 * vectors (FIPS 180-2 and NIST), paths and exact numbers, the first
 * differing line of two files, the manifest (the same bytes whatever the
 * output folder and the working folder; every malformed record refused;
 * the run file found from the folder's place), verify, explain and diff
 * through the public API on the pay fixture, with hand-computed values.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "manifest.h"
#include "msg.h"
#include "peg_test.h"
#include "run.h"
#include "sha256.h"
#include "verify.h"

#define FIXTURE "fixtures/mini-pay"

/* ---- helpers ---------------------------------------------------------- */

static void run_into(const char *runfile, const char *out)
{
	struct peg_diag d;
	struct peg_run *r = NULL;
	struct peg_run_options opt = {out, 0, PEG_LANG_IT};
	peg_diag_init(&d);
	if (peg_run_load(&r, runfile, &d) || peg_run_compute(r, &d) ||
	    peg_run_write(r, &opt, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_run_free(r);
	peg_diag_release(&d);
}

/* Copies the fixture into dir (flat files and plan/). */
static void copy_fixture(const char *dir)
{
	static const char *const files[] = {"run.ini",
					    "rules.ini",
					    "verifiche.csv",
					    "staff.csv",
					    "absences.csv",
					    "assignments.csv",
					    "evaluations.csv",
					    "plan/objectives.csv",
					    "plan/indicators.csv"};
	char p[4096];
	snprintf(p, sizeof(p), "%s/plan", dir);
	mkdir(dir, 0700);
	mkdir(p, 0700);
	for (size_t i = 0; i < PEG_COUNT(files); i++) {
		size_t n;
		snprintf(p, sizeof(p), FIXTURE "/%s", files[i]);
		char *c = peg_test_slurp(p, &n);
		assert_non_null(c);
		snprintf(p, sizeof(p), "%s/%s", dir, files[i]);
		FILE *fp = fopen(p, "wb");
		assert_non_null(fp);
		fwrite(c, 1, n, fp);
		fclose(fp);
		free(c);
	}
}

/* Replaces the first `from` of file path by `to`. */
static void edit(const char *path, const char *from, const char *to)
{
	size_t n;
	char *c = peg_test_slurp(path, &n);
	assert_non_null(c);
	char *at = strstr(c, from);
	if (!at)
		fail_msg("'%s' not in %s", from, path);
	FILE *fp = fopen(path, "wb");
	fwrite(c, 1, (size_t)(at - c), fp);
	fputs(to, fp);
	fputs(at + strlen(from), fp);
	fclose(fp);
	free(c);
}

static int has_diag(const struct peg_diag *d, const char *needle)
{
	char buf[4096];
	for (size_t i = 0; i < d->n; i++) {
		peg_diag_format(&d->item[i], buf, sizeof(buf));
		if (strstr(buf, needle))
			return 1;
	}
	return 0;
}

/* ---- SHA-256 ---------------------------------------------------------- */

static void test_sha256_vectors(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		const char *hex;
	} cases[] = {
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b"
		     "7852b855"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff"
			"61f20015ad"},
		{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db"
		 "06c1"},
	};
	char *tmp = peg_test_tmpdir();
	for (size_t i = 0; i < PEG_COUNT(cases); i++) {
		char hex[PEG_SHA256_HEX];
		assert_int_equal(
			peg_sha256_buf(cases[i].in, strlen(cases[i].in), hex),
			0);
		assert_string_equal(hex, cases[i].hex);
		/* the same through a file */
		const char *p = peg_test_write(tmp, "v", cases[i].in, 0);
		if (!*cases[i].in)
			fclose(fopen(p, "wb"));
		assert_int_equal(peg_sha256_file(p, hex), 0);
		assert_string_equal(hex, cases[i].hex);
	}
	/* one million 'a' (NIST): many read blocks */
	char *big = malloc(1000000);
	memset(big, 'a', 1000000);
	const char *p = peg_test_write(tmp, "big", big, 1000000);
	char hex[PEG_SHA256_HEX];
	assert_int_equal(peg_sha256_file(p, hex), 0);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a4"
				 "97200e046d39ccc7112cd0");
	free(big);
	/* a missing file and a folder are errors with their errno */
	char missing[4096];
	snprintf(missing, sizeof(missing), "%s/none", tmp);
	assert_int_equal(peg_sha256_file(missing, hex), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(peg_sha256_file(tmp, hex), -1);
	assert_int_equal(errno, EISDIR);
	peg_remove_tree(tmp);
	free(tmp);
}

/* ---- paths and numbers ------------------------------------------------ */

static void test_path_normalise(void **state)
{
	(void)state;
	static const char *const cases[][2] = {
		{"plan//objectives.csv", "plan/objectives.csv"},
		{"./plan/./x/", "plan/x"},
		{"/a//b", "/a/b"},
		{".", "."},
		{"", "."},
		{"../rules/x.ini", "../rules/x.ini"},
		{"a/../b", "a/../b"},
		{"/", "/"},
	};
	struct peg_arena a = {0};
	for (size_t i = 0; i < PEG_COUNT(cases); i++)
		assert_string_equal(peg_path_normalise(&a, cases[i][0]),
				    cases[i][1]);
	peg_arena_release(&a);
}

static void test_fmt_exact(void **state)
{
	(void)state;
	static const struct {
		int64_t v;
		int digits;
		enum peg_lang lang;
		const char *out;
	} cases[] = {
		{1234567, 6, PEG_LANG_IT, "1,234567"},
		{1234567, 6, PEG_LANG_EN, "1.234567"},
		{123456789000000, 6, PEG_LANG_IT, "123.456.789"},
		{123456789000000, 6, PEG_LANG_EN, "123,456,789"},
		{-500000, 6, PEG_LANG_IT, "-0,5"},
		{0, 9, PEG_LANG_EN, "0"},
		{546448087, 9, PEG_LANG_IT, "0,546448087"},
		{420765026990, 12, PEG_LANG_EN, "0.42076502699"},
		{100, 0, PEG_LANG_IT, "100"},
		{1000, 0, PEG_LANG_IT, "1.000"},
	};
	char buf[PEG_BIGNUMBUF];
	for (size_t i = 0; i < PEG_COUNT(cases); i++)
		assert_string_equal(peg_fmt_exact(cases[i].lang, cases[i].v,
						  cases[i].digits, buf),
				    cases[i].out);
	/* beyond 64 bits: 10^25 with 15 decimals = 10,000,000,000 */
	__int128 big = (__int128)10000000000000LL * 1000000000000LL;
	assert_string_equal(peg_fmt_exact(PEG_LANG_EN, big, 15, buf),
			    "10,000,000,000");
}

/* ---- the first differing line ----------------------------------------- */

static void test_compare_bytes(void **state)
{
	(void)state;
	static const struct {
		const char *a, *b;
		long line;       /* 0: identical */
		const char *msg; /* in the error */
		const char *na;  /* in the first note */
		const char *nb;  /* in the second note */
	} cases[] = {
		{"a\nb\n", "a\nb\n", 0, NULL, NULL, NULL},
		{"a\nb\nc\n", "a\nb\nx\n", 3, "(column 1)", "A: c", "B: x"},
		{"a\nb\n", "a\nb\nc\n", 3, "(column 1)", "(end of file)",
		 "B: c"},
		{"x,1\r\ny,2\r\n", "x,1\r\ny,3\r\n", 2, "(column 3)", "A: y,2",
		 "B: y,3"},
		{"a\tb\n", "a\tc\n", 1, "(column 3)", "A: a\\x09b",
		 "B: a\\x09c"},
		{"\xff\xfe\n", "\xff\xfd\n", 1, "(column 2)", "A: \\xFF\\xFE",
		 "B: \\xFF\\xFD"},
		{"same\r\n", "same\n", 1, "(column 5)", "A: same\\x0D",
		 "B: same"},
	};
	char *tmp = peg_test_tmpdir();
	for (size_t i = 0; i < 2 * PEG_COUNT(cases); i++) {
		struct peg_diag d;
		peg_diag_init(&d);
		int rc;
		if (i % 2 == 0) {
			rc = peg_compare_bytes(&d, "f", cases[i / 2].a,
					       strlen(cases[i / 2].a), "A",
					       cases[i / 2].b,
					       strlen(cases[i / 2].b), "B");
		} else { /* the same through files, read in blocks */
			char pa[4096], pb[4096];
			snprintf(pa, sizeof(pa), "%s",
				 peg_test_write(tmp, "a", cases[i / 2].a, 0));
			snprintf(pb, sizeof(pb), "%s",
				 peg_test_write(tmp, "b", cases[i / 2].b, 0));
			rc = peg_compare_files(&d, "f", pa, "A", pb, "B");
		}
		if (!cases[i / 2].line) {
			assert_int_equal(rc, 0);
			assert_int_equal(d.n, 0);
			peg_diag_release(&d);
			continue;
		}
		assert_int_equal(rc, 1);
		assert_int_equal(d.n, 3);
		PEG_ASSERT_INT(d.item[0].line, cases[i / 2].line);
		assert_int_equal(peg_diag_code(&d), PEG_EDIFFER);
		PEG_ASSERT_CONTAINS(d.item[0].message, cases[i / 2].msg);
		PEG_ASSERT_CONTAINS(d.item[1].message, cases[i / 2].na);
		PEG_ASSERT_CONTAINS(d.item[2].message, cases[i / 2].nb);
		peg_diag_release(&d);
	}
	/* a long line is cut around the difference (byte 150) */
	char a[301], b[301];
	for (int i = 0; i < 300; i++)
		a[i] = b[i] = (char)('a' + i % 26);
	a[300] = b[300] = '\0';
	b[150] = '#';
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_compare_bytes(&d, "f", a, 300, "A", b, 300, "B"),
			 1);
	PEG_ASSERT_CONTAINS(d.item[0].message, "(column 151)");
	PEG_ASSERT_CONTAINS(d.item[2].message, "B: ...");
	PEG_ASSERT_CONTAINS(d.item[2].message, "#");
	assert_true(strlen(d.item[2].message) < 120);
	assert_non_null(strstr(d.item[2].message + 10, "..."));
	peg_diag_release(&d);

	/*
	 * Files larger than a read block: 100000 lines "line N\n"; line
	 * 70001 differs, past the first blocks; then one line of 20000
	 * bytes differing at byte 15000, shown from a window around it.
	 */
	char pa[4096], pb[4096];
	snprintf(pa, sizeof(pa), "%s/big-a", tmp);
	snprintf(pb, sizeof(pb), "%s/big-b", tmp);
	FILE *fa = fopen(pa, "wb"), *fb = fopen(pb, "wb");
	for (int i = 1; i <= 100000; i++) {
		fprintf(fa, "line %d\n", i);
		fprintf(fb, "line %d\n", i == 70001 ? -1 : i);
	}
	fclose(fa);
	fclose(fb);
	assert_int_equal(peg_compare_files(&d, "big", pa, "A", pb, "B"), 1);
	PEG_ASSERT_INT(d.item[0].line, 70001);
	PEG_ASSERT_CONTAINS(d.item[0].message, "(column 6)");
	PEG_ASSERT_CONTAINS(d.item[1].message, "A: line 70001");
	PEG_ASSERT_CONTAINS(d.item[2].message, "B: line -1");
	peg_diag_release(&d);
	fa = fopen(pa, "wb");
	fb = fopen(pb, "wb");
	fputs("head\n", fa);
	fputs("head\n", fb);
	for (int i = 0; i < 20000; i++) {
		fputc('a' + i % 26, fa);
		fputc(i == 15000 ? '#' : 'a' + i % 26, fb);
	}
	fclose(fa);
	fclose(fb);
	assert_int_equal(peg_compare_files(&d, "long", pa, "A", pb, "B"), 1);
	PEG_ASSERT_INT(d.item[0].line, 2);
	PEG_ASSERT_CONTAINS(d.item[0].message, "(column 15001)");
	PEG_ASSERT_CONTAINS(d.item[2].message, "B: ...");
	PEG_ASSERT_CONTAINS(d.item[2].message, "#");
	assert_true(strlen(d.item[2].message) < 120);
	peg_diag_release(&d);
	/* a missing file is an error with its errno */
	snprintf(pb, sizeof(pb), "%s/none", tmp);
	assert_int_equal(peg_compare_files(&d, "x", pa, "A", pb, "B"), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(d.n, 0);
	peg_remove_tree(tmp);
	free(tmp);
}

/* ---- the manifest ----------------------------------------------------- */

/*
 * The same inputs give the same manifest (and the same files) whatever
 * the output folder, however the run file is named (relative, absolute)
 * and whatever the working folder.
 */
static void test_manifest_same_bytes(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char a[4096], b[4096], c[4096], abs_run[PATH_MAX], cwd[PATH_MAX];
	snprintf(a, sizeof(a), "%s/a", tmp);
	snprintf(b, sizeof(b), "%s/x/y/b", tmp);
	snprintf(c, sizeof(c), "%s/c", tmp);
	run_into(FIXTURE "/run.ini", a);
	assert_non_null(realpath(FIXTURE "/run.ini", abs_run));
	run_into(abs_run, b);
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(FIXTURE), 0);
	run_into("run.ini", c);
	assert_int_equal(chdir(cwd), 0);

	static const char *const files[] = {"manifest", "trace.csv",
					    "payouts.csv", "summary.txt"};
	for (size_t i = 0; i < PEG_COUNT(files); i++) {
		char pa[8192], pb[8192], pc[8192];
		size_t na, nb, nc;
		snprintf(pa, sizeof(pa), "%s/%s", a, files[i]);
		snprintf(pb, sizeof(pb), "%s/%s", b, files[i]);
		snprintf(pc, sizeof(pc), "%s/%s", c, files[i]);
		char *xa = peg_test_slurp(pa, &na),
		     *xb = peg_test_slurp(pb, &nb),
		     *xc = peg_test_slurp(pc, &nc);
		assert_non_null(xa);
		assert_non_null(xb);
		assert_non_null(xc);
		assert_true(na == nb && memcmp(xa, xb, na) == 0);
		assert_true(na == nc && memcmp(xa, xc, na) == 0);
		if (i == 0) {
			/* no machine path: relative names only */
			assert_null(strstr(xa, tmp));
			assert_null(strstr(xa, cwd));
			PEG_ASSERT_CONTAINS(xa, "\nrun run.ini\n");
			PEG_ASSERT_CONTAINS(xa, "\nrun-output out\n");
			PEG_ASSERT_CONTAINS(xa, "  plan/objectives.csv\n");
			PEG_ASSERT_CONTAINS(xa, "\noutput ");
			assert_null(strstr(xa, "  manifest\n"));
		}
		free(xa);
		free(xb);
		free(xc);
	}
	/* it loads, and records what is in the folder */
	struct peg_manifest m;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_manifest_load(&m, a, &d), 0);
	PEG_ASSERT_INT(m.ninput, 9);
	/* every file of the writers table (the fixture distributes) */
	size_t nw;
	peg_writers(&nw);
	PEG_ASSERT_INT(m.noutput, nw);
	assert_string_equal(m.input[0].path, "run.ini");
	assert_string_equal(m.output[0].path, "indicators.csv");
	assert_string_equal(m.engine, peg_version());
	char hex[PEG_SHA256_HEX], p[8192];
	snprintf(p, sizeof(p), "%s/payouts.csv", a);
	assert_int_equal(peg_sha256_file(p, hex), 0);
	int found = 0;
	for (size_t i = 0; i < m.noutput; i++)
		if (strcmp(m.output[i].path, "payouts.csv") == 0)
			found = strcmp(m.output[i].sha, hex) == 0;
	assert_true(found);
	peg_manifest_release(&m);
	peg_diag_release(&d);
	peg_remove_tree(tmp);
	free(tmp);
}

static void test_manifest_refused(void **state)
{
	(void)state;
	static const char ok[] = "pegaso-manifest 1\nengine x\nrun run.ini\n"
				 "run-output out\n";
	static const char h[] = "0000000000000000000000000000000000000000000000"
				"000000000000000000";
	static const struct {
		const char *text;
		size_t len; /* 0: strlen */
		long line;
		const char *msg;
	} cases[] = {
		{"", 0, 0, "no 'pegaso-manifest' record"},
		{"pegaso-manifest 0\n", 0, 1, "not a pegaso manifest"},
		{"pegaso-manifest 1\nengine x\nrun r\nrun-output o\n", 0, 0,
		 "no 'input' record"},
		{"pegaso-manifest 1\nengine x\0y\n", 29, 2, "NUL byte"},
		{"pegaso-manifest 1\nlang de\n", 0, 2, "lang 'de'"},
		{"pegaso-manifest 1\ninput abc  x\n", 0, 2,
		 "expected a SHA-256"},
		{"pegaso-manifest 1\noutput ", 0, 2, "expected a SHA-256"},
	};
	char *tmp = peg_test_tmpdir();
	for (size_t i = 0; i < PEG_COUNT(cases); i++) {
		peg_test_write(tmp, "manifest", cases[i].text,
			       cases[i].len ? cases[i].len : 0);
		if (!*cases[i].text)
			fclose(fopen(peg_test_write(tmp, "manifest", "x", 0),
				     "wb"));
		struct peg_manifest m;
		struct peg_diag d;
		peg_diag_init(&d);
		assert_int_equal(peg_manifest_load(&m, tmp, &d), -1);
		assert_int_equal(peg_diag_code(&d), PEG_EDATA);
		PEG_ASSERT_INT(d.item[0].line, cases[i].line);
		PEG_ASSERT_CONTAINS(d.item[0].message, cases[i].msg);
		peg_manifest_release(&m);
		peg_diag_release(&d);
	}
	/* the smallest complete one, with a file name holding spaces */
	char text[512];
	snprintf(text, sizeof(text), "%sinput %s  my file.csv\noutput %s  a\n",
		 ok, h, h);
	peg_test_write(tmp, "manifest", text, 0);
	struct peg_manifest m;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_manifest_load(&m, tmp, &d), 0);
	assert_string_equal(m.input[0].path, "my file.csv");
	PEG_ASSERT_INT(m.input[0].line, 5);
	assert_int_equal(m.lang, PEG_LANG_IT);
	peg_manifest_release(&m);
	peg_diag_release(&d);
	peg_remove_tree(tmp);
	free(tmp);
}

/* The run file found from the folder's place and the run's output. */
static void test_manifest_runfile(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char p[4096];
	snprintf(p, sizeof(p), "%s/out", tmp);
	mkdir(p, 0700);
	snprintf(p, sizeof(p), "%s/out/2020", tmp);
	mkdir(p, 0700);
	peg_test_write(tmp, "run.ini", "[run]\n", 0);
	static const struct {
		const char *outdir; /* under tmp */
		const char *output; /* the run file's output */
		const char *found;  /* under tmp; NULL: an error */
	} cases[] = {
		{"out/2020", "out/2020", "run.ini"},
		{"out/2020/", "out/2020", "run.ini"},
		{"out/2020", "./out//2020", "run.ini"},
		{"out/2020/.", "out/2020", "out/2020/./../../run.ini"},
		{"out", "out", "run.ini"},
		{"out/2020", "2020", NULL},        /* tmp/out/run.ini: none */
		{"out/2020", "/srv/out", NULL},    /* absolute */
		{"out/2020", "../out/2020", NULL}, /* climbs */
	};
	for (size_t i = 0; i < PEG_COUNT(cases); i++) {
		struct peg_manifest m;
		struct peg_diag d;
		memset(&m, 0, sizeof(m));
		peg_diag_init(&d);
		m.run = "run.ini";
		m.run_output = peg_path_normalise(&m.arena, cases[i].output);
		char outdir[4096], want[4096];
		snprintf(outdir, sizeof(outdir), "%s/%s", tmp, cases[i].outdir);
		const char *got = NULL;
		int rc = peg_manifest_runfile(&m, outdir, NULL, &got, &d);
		if (cases[i].found) {
			if (rc)
				fail_msg("case %zu: %s", i,
					 peg_test_diag(&d, 0));
			snprintf(want, sizeof(want), "%s/%s", tmp,
				 cases[i].found);
			assert_string_equal(got, want);
		} else {
			assert_int_equal(rc, -1);
			assert_int_equal(peg_diag_code(&d), PEG_EIO);
			PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0), "--run");
		}
		/* --run wins */
		peg_diag_release(&d);
		assert_int_equal(
			peg_manifest_runfile(&m, outdir, "x.ini", &got, &d), 0);
		assert_string_equal(got, "x.ini");
		peg_manifest_release(&m);
		peg_diag_release(&d);
	}
	peg_remove_tree(tmp);
	free(tmp);
}

/* ---- verify, explain, diff -------------------------------------------- */

static int empty_dir(const char *path)
{
	DIR *dir = opendir(path);
	struct dirent *de;
	int n = 0;
	while ((de = readdir(dir)))
		n += de->d_name[0] != '.';
	closedir(dir);
	return n == 0;
}

static void test_verify(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char run[4096], out[4096], tdir[4096], p[8192];
	snprintf(run, sizeof(run), "%s/in", tmp);
	copy_fixture(run);
	snprintf(out, sizeof(out), "%s/in/out", tmp);
	snprintf(tdir, sizeof(tdir), "%s/tmpdir", tmp);
	mkdir(tdir, 0700);
	setenv("TMPDIR", tdir, 1);
	snprintf(p, sizeof(p), "%s/run.ini", run);
	run_into(p, out);

	/* untouched: identical, 9 inputs, 9 outputs + the manifest */
	struct peg_verify_stats st;
	struct peg_diag d;
	peg_diag_init(&d);
	if (peg_verify(out, NULL, &st, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	PEG_ASSERT_INT(st.inputs, 9);
	PEG_ASSERT_INT(st.inputs_changed, 0);
	size_t nw;
	peg_writers(&nw);
	PEG_ASSERT_INT(st.files, nw + 1); /* the outputs and the manifest */
	PEG_ASSERT_INT(st.files_differ, 0);
	assert_int_equal(st.reproduced, 1);
	assert_int_equal(d.n, 0);
	assert_true(empty_dir(tdir)); /* the reproduction is gone */
	peg_diag_release(&d);

	/* another engine wrote it: a warning, and the manifest differs */
	snprintf(p, sizeof(p), "%s/manifest", out);
	char line[256];
	snprintf(line, sizeof(line), "engine %s\n", peg_version());
	edit(p, line, "engine 0.0.1-old\n");
	assert_int_equal(peg_verify(out, NULL, &st, &d), -1);
	assert_int_equal(peg_diag_code(&d), PEG_EDIFFER);
	assert_true(has_diag(&d, "warning: the run was made by pegaso "
				 "0.0.1-old"));
	assert_true(has_diag(&d, "/manifest:5: differs from the reproduction"));
	PEG_ASSERT_INT(st.files_differ, 1);
	peg_diag_release(&d);
	edit(p, "engine 0.0.1-old\n", line);

	/* one byte of the evaluations: the input, then the outputs */
	snprintf(p, sizeof(p), "%s/evaluations.csv", run);
	edit(p, "1,contribution,80", "1,contribution,81");
	assert_int_equal(peg_verify(out, NULL, &st, &d), -1);
	assert_int_equal(peg_diag_code(&d), PEG_EDIFFER);
	PEG_ASSERT_INT(st.inputs_changed, 1);
	assert_true(
		has_diag(&d, "evaluations.csv: input changed since the run"));
	/* every position row of payouts.csv lists the components: line 2
	 * (1 in the organizational pool) is the first to differ, at the
	 * column of contribution, 80 -> 81: byte 71 */
	assert_true(has_diag(&d, "/payouts.csv:2: differs from the "
				 "reproduction (column 71)"));
	assert_true(empty_dir(tdir));
	peg_diag_release(&d);

	unsetenv("TMPDIR");
	peg_remove_tree(tmp);
	free(tmp);
}

static void test_explain(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char out[4096];
	snprintf(out, sizeof(out), "%s/out", tmp);
	run_into(FIXTURE "/run.ini", out);
	struct peg_audit_options opt = {FIXTURE "/run.ini", PEG_LANG_IT};
	struct peg_diag d;
	char *text = NULL;
	peg_diag_init(&d);

	/*
	 * Employee 3, by hand: objective 2 = 100 x 50 / 100 = 50; time
	 * 183/366 = 0.5; organizational points 1.05 x 0.5 x 50% = 0.2625 of
	 * 2.4395: 1000.00 x 0.2625 / 2.4395 = 107.6040172..., no leftover
	 * cent -> 107.60; individual score 50 x 70% + 60 x 30% = 53 < 60.
	 */
	if (peg_explain(out, PEG_SUBJECT_EMPLOYEE, "3", &opt, &text, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	PEG_ASSERT_CONTAINS(text, "Importo totale: 107,60 €");
	PEG_ASSERT_CONTAINS(text, "= 100 % × 183 / 366 = 0,5");
	PEG_ASSERT_CONTAINS(text, "= 1,05 (area B) × 0,5 × 50 % × 100 % = "
				  "0,2625");
	PEG_ASSERT_CONTAINS(text, "= 1.000,00 € × 0,2625 / 2,4395 = "
				  "107,60401721... €");
	PEG_ASSERT_CONTAINS(text, "non ne riceve → 107,60 €");
	PEG_ASSERT_CONTAINS(text, "punteggio = behaviour 50 × 70 % + "
				  "contribution 60 × 30 % = 53");
	PEG_ASSERT_CONTAINS(text, "non ammesso: punteggio sotto la soglia");
	free(text);
	peg_diag_release(&d);

	/* English, objective 1: (75 x 1 + 100 x 1) / 2 = 87.5 */
	opt.lang = PEG_LANG_EN;
	assert_int_equal(
		peg_explain(out, PEG_SUBJECT_OBJECTIVE, "1", &opt, &text, &d),
		0);
	PEG_ASSERT_CONTAINS(text, "(75 × 1 + 100 × 1) / 2 = 87.5%");
	PEG_ASSERT_CONTAINS(text, "assigned to 3 employees: 1, 2, 4");
	free(text);
	peg_diag_release(&d);

	/* an unknown indicator is a usage error, no text */
	text = NULL;
	assert_int_equal(
		peg_explain(out, PEG_SUBJECT_INDICATOR, "7.7", &opt, &text, &d),
		-1);
	assert_int_equal(peg_diag_code(&d), PEG_EUSAGE);
	assert_null(text);
	peg_diag_release(&d);
	peg_remove_tree(tmp);
	free(tmp);
}

static void test_diff(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char in[4096], a[4096], b[4096], p[8192];
	snprintf(in, sizeof(in), "%s/in", tmp);
	copy_fixture(in);
	snprintf(p, sizeof(p), "%s/run.ini", in);
	snprintf(a, sizeof(a), "%s/a", tmp);
	snprintf(b, sizeof(b), "%s/b", tmp);
	run_into(p, a);
	/* evaluation of 2: behaviour 70 -> 80: score 80 x 70% + 70 x 30% =
	 * 77, the same band 70-80 (150): nothing changes but the score */
	char ev[8192];
	snprintf(ev, sizeof(ev), "%s/evaluations.csv", in);
	edit(ev, "2,behaviour,70", "2,behaviour,80");
	run_into(p, b);
	struct peg_audit_options opt = {NULL, PEG_LANG_EN};
	struct peg_diag d;
	char *text;
	size_t changes;
	peg_diag_init(&d);
	assert_int_equal(peg_diff(a, b, &opt, &text, &changes, &d), 0);
	/* no amount changed, but 2's pool score did (trace.csv) */
	PEG_ASSERT_INT(changes, 1);
	PEG_ASSERT_CONTAINS(text, "Inputs whose SHA-256 differs: "
				  "evaluations.csv");
	PEG_ASSERT_CONTAINS(text, "Employees whose pay changed: 0 of 5");
	PEG_ASSERT_CONTAINS(text,
			    "Employees with the same pay but different "
			    "steps: 1\n  2: EUR 319.94, unchanged\n"
			    "    first step that differs in trace.csv: 2, "
			    "score [pool individual]\n"
			    "      A: behaviour=70 x 70%; contribution=70 x "
			    "30% → 70\n");
	free(text);

	/*
	 * Behaviour 70 -> 90: 90 x 70% + 70 x 30% = 84, band 80-100 (200);
	 * 2's points 1.2 x 0.5 x 200% = 1.2 instead of 0.9, so the
	 * individual pool's points are 2.016 + 1.2 + 2.24 = 5.456: 600.00 x
	 * 2.016 / 5.456 = 221.700879... -> 221.70 for 1 (was 234.60),
	 * 600.00 x 1.2 / 5.456 = 131.964809... -> 131.96 for 2 (was
	 * 104.73); 4: 134.608... and 111.725..., whole parts 134.60 and
	 * 111.72, and with 1 and 2 the whole parts leave 2 cents for the
	 * largest remainders, 4/a (0.89) and 4/b (0.54): 134.61 + 111.73 =
	 * 246.34 (was 260.67).  Three employees; the pool still pays 600.00.
	 */
	char c[4096];
	snprintf(c, sizeof(c), "%s/c", tmp);
	edit(ev, "2,behaviour,80", "2,behaviour,90");
	run_into(p, c);
	assert_int_equal(peg_diff(a, c, &opt, &text, &changes, &d), 0);
	PEG_ASSERT_INT(changes, 3);
	PEG_ASSERT_CONTAINS(text, "Pools changed: 0\n");
	PEG_ASSERT_CONTAINS(text,
			    "Employees whose pay changed: 3 of 5\n"
			    "  1: EUR 596.15 → EUR 583.25 (EUR -12.90)\n"
			    "    pool individual: EUR 234.60 → EUR 221.70 "
			    "(EUR -12.90)\n");
	PEG_ASSERT_CONTAINS(text,
			    "  2: EUR 319.94 → EUR 347.17 (+EUR 27.23)\n");
	PEG_ASSERT_CONTAINS(text,
			    "  4: EUR 576.31 → EUR 561.98 (EUR -14.33)\n");
	free(text);
	peg_diag_release(&d);
	peg_remove_tree(tmp);
	free(tmp);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_vectors),
		cmocka_unit_test(test_path_normalise),
		cmocka_unit_test(test_fmt_exact),
		cmocka_unit_test(test_compare_bytes),
		cmocka_unit_test(test_manifest_same_bytes),
		cmocka_unit_test(test_manifest_refused),
		cmocka_unit_test(test_manifest_runfile),
		cmocka_unit_test(test_verify),
		cmocka_unit_test(test_explain),
		cmocka_unit_test(test_diff),
	};
	return cmocka_run_group_tests_name("audit", tests, NULL, NULL);
}
