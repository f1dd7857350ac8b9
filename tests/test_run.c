/*
 * test_run.c - the scoring fixture end to end through the public API,
 * checked against values worked out by hand; determinism: the same run
 * twice, and with the rows and columns of every input file shuffled, gives
 * byte-identical outputs; a failed run leaves nothing behind.
 */
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csvread.h"
#include "peg_test.h"
#include "run.h"
#include "util.h"

#define FIXTURE "fixtures/scoring"
#define F(x) ((peg_fix)((x) * 1000000.0 + ((x) >= 0 ? 0.5 : -0.5)))

static struct peg_run *load_fixture(const char *runfile)
{
	struct peg_diag d;
	struct peg_run *r = NULL;
	peg_diag_init(&d);
	if (peg_run_load(&r, runfile, &d) || peg_run_compute(r, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_diag_release(&d);
	return r;
}

static size_t obj(const struct peg_run *r, const char *id)
{
	size_t k;
	if (!peg_map_get(&r->plan.obj_by_id, id, &k))
		fail_msg("no objective %s", id);
	return k;
}

static const struct peg_sector_result *sec(const struct peg_run *r,
					   const char *name)
{
	for (size_t k = 0; k < r->scores.nsec; k++)
		if (strcmp(r->scores.sec[k].name, name) == 0)
			return &r->scores.sec[k];
	fail_msg("no settore %s", name);
	return NULL;
}

/*
 * The fixture's rules: percent = ratio with floor 50 and cap 120; count =
 * curve 0:0, 50:0, 50:50, 100:100; deadline = deadline_linear over 90
 * days; everything else defaults (cap 100); missing = zero; unknown
 * incentivized = no.
 */
static void test_hand_computed(void **state)
{
	(void)state;
	struct peg_run *r = load_fixture(FIXTURE "/run.ini");
	const struct peg_scores *s = &r->scores;

	/* 1: 1.1 = 100*60/80 = 75; 1.2 = 110 (cap 120); (75+110)/2 = 92.5 */
	PEG_ASSERT_FIX(s->obj[obj(r, "1")].achievement, F(92.5));
	/* 2: curve of 40 = 0; of 75 = 75; of 50 = 50 (right-continuous);
	 * weights 1, 1, 2: (0 + 75 + 100) / 4 = 43.75 */
	PEG_ASSERT_FIX(s->obj[obj(r, "2")].achievement, F(43.75));
	/* 3: min 7/6 = 116.666667 capped at 100; max 5 vs 8 = 62.5;
	 * (100 + 62.5)/2 = 81.25 */
	PEG_ASSERT_FIX(s->obj[obj(r, "3")].achievement, F(81.25));
	/* 4: 30 days late = 100*60/90 = 66.666667; on time 100; 123 days
	 * late 0: (66.666667 + 100 + 0)/3 = 55.5555557 -> 55.555556 */
	PEG_ASSERT_FIX(s->obj[obj(r, "4")].achievement, 55555556);
	/* 5: yes 100, no 0 -> 50 */
	PEG_ASSERT_FIX(s->obj[obj(r, "5")].achievement, F(50));
	/* 6: pp (63-60)/5 = 60; relative 100*(1400-1000)/1000 = 40 of 50 =
	 * 80 -> 70 */
	PEG_ASSERT_FIX(s->obj[obj(r, "6")].achievement, F(70));
	/* 7: judgements 85 and 90 -> 87.5 */
	PEG_ASSERT_FIX(s->obj[obj(r, "7")].achievement, F(87.5));
	/* 8: 8.1 neutralized; 8.2 curve of 100 = 100 -> 100 */
	PEG_ASSERT_FIX(s->obj[obj(r, "8")].achievement, F(100));
	assert_int_equal(s->obj[obj(r, "8")].neutralized, 1);
	/* 9: neutralized + not due: the objective is neutralized */
	assert_int_equal(s->obj[obj(r, "9")].status, PEG_OS_NEUTRALIZED);
	/* 10: 10.1 missing = 0; 10.2 = 100*45/50 = 90 -> 45 */
	PEG_ASSERT_FIX(s->obj[obj(r, "10")].achievement, F(45));
	assert_int_equal(s->obj[obj(r, "10")].missing, 1);
	/* 11: 40 < floor 50 -> 0; change 12 of 10 = 120 capped 100 -> 50 */
	PEG_ASSERT_FIX(s->obj[obj(r, "11")].achievement, F(50));
	/* 12: only a 2021 indicator: no indicators this year */
	assert_int_equal(s->obj[obj(r, "12")].status, PEG_OS_NO_INDICATORS);
	/* 13: 500000 of 500.000 -> 100 */
	PEG_ASSERT_FIX(s->obj[obj(r, "13")].achievement, F(100));

	/* Affari generali: 1 (92.5 w1), 2 (43.75 w2), 3 (81.25, not
	 * incentivized), 11 (50), 13 (100):
	 * all (92.5 + 87.5 + 81.25 + 50 + 100)/6 = 411.25/6 = 68.5416667
	 * pay (92.5 + 87.5 + 50 + 100)/5 = 66 */
	PEG_ASSERT_FIX(sec(r, "Affari generali")->all, 68541667);
	PEG_ASSERT_FIX(sec(r, "Affari generali")->pay_ach, F(66));
	/* Risorse finanziarie: 4 (55.555556), 5 (50), 6 (70, unknown ->
	 * not for pay), 12 (no indicators):
	 * all 175.555556/3 = 58.5185187 -> 58.518519; pay 105.555556/2 =
	 * 52.777778 */
	PEG_ASSERT_FIX(sec(r, "Risorse finanziarie")->all, 58518519);
	PEG_ASSERT_FIX(sec(r, "Risorse finanziarie")->pay_ach, 52777778);
	/* Polizia municipale: 7 (87.5), 8 (100), 10 (45); 9 left out:
	 * 232.5/3 = 77.5 */
	PEG_ASSERT_FIX(sec(r, "Polizia municipale")->all, F(77.5));
	assert_int_equal(sec(r, "Polizia municipale")->scored, 3);
	/* Ente: Σ a·w over the 11 scored objectives = 819.305556, weights
	 * 12 -> 68.275463; pay: without 3 (81.25) and 6 (70) = 668.055556
	 * over 10 -> 66.805556 */
	PEG_ASSERT_FIX(s->ente.all, 68275463);
	PEG_ASSERT_FIX(s->ente.pay_ach, 66805556);
	PEG_ASSERT_INT(s->in_year, 25);
	PEG_ASSERT_INT(s->missing, 1);
	peg_run_free(r);
}

/* ---- determinism ------------------------------------------------------ */

static int write_run_threads(const char *runfile, const char *out,
			     int threads)
{
	struct peg_diag d;
	struct peg_run *r = NULL;
	struct peg_run_options opt = {out, 1, PEG_LANG_IT, PEG_CSV_RUNFILE,
				      PEG_REPORTS_RUNFILE, threads};
	peg_diag_init(&d);
	int rc = peg_run_load(&r, runfile, &d) || peg_run_compute(r, &d) ||
		 peg_run_write(r, &opt, &d);
	if (rc)
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_run_free(r);
	peg_diag_release(&d);
	return rc;
}

static int write_run(const char *runfile, const char *out)
{
	return write_run_threads(runfile, out, 0);
}


/* Drops the manifest's "input ..." lines (in place); returns the length. */
static size_t drop_input_lines(char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		size_t e = i;
		while (e < n && s[e] != '\n')
			e++;
		if (e < n)
			e++;
		if (!(e - i >= 6 && memcmp(s + i, "input ", 6) == 0)) {
			memmove(s + o, s + i, e - i);
			o += e - i;
		}
		i = e;
	}
	return o;
}

/*
 * Every file of folder a is in b with the same bytes, and vice versa.
 * When inputs_differ, the inputs of the two runs have different bytes
 * (the same rows shuffled): the manifest records the input hashes, so
 * its "input" lines are left out of its comparison.
 */
static void assert_same_folder_x(const char *a, const char *b,
				 int inputs_differ)
{
	DIR *dir = opendir(a);
	assert_non_null(dir);
	struct dirent *de;
	int files = 0;
	while ((de = readdir(dir))) {
		if (de->d_name[0] == '.')
			continue;
		char pa[4096], pb[4096];
		snprintf(pa, sizeof(pa), "%s/%s", a, de->d_name);
		snprintf(pb, sizeof(pb), "%s/%s", b, de->d_name);
		size_t la, lb;
		char *ca = peg_test_slurp(pa, &la),
		     *cb = peg_test_slurp(pb, &lb);
		if (!cb)
			fail_msg("%s missing in the second run", de->d_name);
		if (inputs_differ && strcmp(de->d_name, "manifest") == 0) {
			la = drop_input_lines(ca, la);
			lb = drop_input_lines(cb, lb);
		}
		if (la != lb || memcmp(ca, cb, la) != 0)
			fail_msg("%s differs between %s and %s", de->d_name, a,
				 b);
		free(ca);
		free(cb);
		files++;
	}
	closedir(dir);
	assert_true(files >= 5);
	dir = opendir(b);
	int files_b = 0;
	while ((de = readdir(dir)))
		files_b += de->d_name[0] != '.';
	closedir(dir);
	assert_int_equal(files, files_b);
}

static void assert_same_folder(const char *a, const char *b)
{
	assert_same_folder_x(a, b, 0);
}

/* A small deterministic generator for the permutations. */
static uint64_t next_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static void put_field(struct peg_buf *b, const char *f)
{
	if (!strpbrk(f, ",\"\r\n")) {
		peg_buf_puts(b, f);
		return;
	}
	peg_buf_putc(b, '"');
	for (; *f; f++) {
		if (*f == '"')
			peg_buf_putc(b, '"');
		peg_buf_putc(b, *f);
	}
	peg_buf_putc(b, '"');
}

/* Copies a CSV file with its data rows and its columns permuted. */
static void shuffle_csv(const char *src, const char *dst, uint64_t seed)
{
	struct peg_diag d;
	struct peg_csv *c;
	struct peg_csv_row row;
	peg_diag_init(&d);
	assert_int_equal(peg_csv_open(&c, src, NULL, &d), 0);
	size_t w = peg_csv_width(c);
	size_t *col = malloc(w * sizeof(*col));
	for (size_t i = 0; i < w; i++)
		col[i] = i;
	for (size_t i = w; i > 1; i--) {
		size_t j = next_rand(&seed) % i;
		size_t t = col[i - 1];
		col[i - 1] = col[j];
		col[j] = t;
	}
	struct peg_buf head = {0};
	for (size_t i = 0; i < w; i++) {
		if (i)
			peg_buf_putc(&head, ',');
		put_field(&head, peg_csv_header(c, col[i]));
	}
	peg_buf_putc(&head, '\n');
	char **rows = NULL;
	size_t n = 0;
	while (peg_csv_next(c, &row, &d) == 1) {
		struct peg_buf b = {0};
		for (size_t i = 0; i < w; i++) {
			if (i)
				peg_buf_putc(&b, ',');
			put_field(&b, row.field[col[i]]);
		}
		peg_buf_putc(&b, '\n');
		rows = realloc(rows, (n + 1) * sizeof(*rows));
		rows[n++] = b.data;
	}
	assert_int_equal(d.n, 0);
	peg_csv_close(c);
	for (size_t i = n; i > 1; i--) {
		size_t j = next_rand(&seed) % i;
		char *t = rows[i - 1];
		rows[i - 1] = rows[j];
		rows[j] = t;
	}
	FILE *fp = fopen(dst, "wb");
	fputs(head.data, fp);
	for (size_t i = 0; i < n; i++) {
		fputs(rows[i], fp);
		free(rows[i]);
	}
	fclose(fp);
	free(rows);
	free(col);
	peg_buf_release(&head);
	peg_diag_release(&d);
}

static void copy_file(const char *src, const char *dst)
{
	size_t n;
	char *c = peg_test_slurp(src, &n);
	assert_non_null(c);
	FILE *fp = fopen(dst, "wb");
	fwrite(c, 1, n, fp);
	fclose(fp);
	free(c);
}

static void test_same_bytes(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char a[4096], b[4096];
	snprintf(a, sizeof(a), "%s/a", tmp);
	snprintf(b, sizeof(b), "%s/b", tmp);
	write_run(FIXTURE "/run.ini", a);
	write_run(FIXTURE "/run.ini", b);
	assert_same_folder(a, b);
	/* Folder 0700, files 0600. */
	struct stat st;
	assert_int_equal(stat(a, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	char f[8192];
	snprintf(f, sizeof(f), "%s/summary.txt", a);
	assert_int_equal(stat(f, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	peg_remove_tree(tmp);
	free(tmp);
}

/* The files of a run folder are written by several threads at once: the
 * same bytes with one thread, two, or more threads than files (the demo
 * year: staff, pools, reports and the workbook). */
static void test_threads_same_bytes(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char one[4096], other[4096];
	snprintf(one, sizeof(one), "%s/t1", tmp);
	write_run_threads("fixtures/sesto-2020/run.ini", one, 1);
	static const int threads[] = {2, 3, 8};
	for (size_t i = 0; i < sizeof(threads) / sizeof(threads[0]); i++) {
		snprintf(other, sizeof(other), "%s/t%d", tmp, threads[i]);
		write_run_threads("fixtures/sesto-2020/run.ini", other,
				  threads[i]);
		assert_same_folder(one, other);
	}
	peg_remove_tree(tmp);
	free(tmp);
}

/* Runs fixture/runfile, then six times on copies of the fixture whose
 * CSV files (csvs) have their rows and columns shuffled; the other files
 * (copies) are copied as they are.  Every output must be the same. */
static void shuffled(const char *fixture, const char *runfile,
		     const char *const *csvs, size_t ncsv,
		     const char *const *copies, size_t ncopy)
{
	char *tmp = peg_test_tmpdir();
	char ref[4096], src[4096];
	snprintf(ref, sizeof(ref), "%s/ref", tmp);
	snprintf(src, sizeof(src), "%s/%s", fixture, runfile);
	write_run(src, ref);
	for (uint64_t seed = 1; seed <= 6; seed++) {
		char d[1024], p[2048], dst[8192], out[2048];
		snprintf(d, sizeof(d), "%s/s%llu", tmp, (unsigned long long)seed);
		snprintf(p, sizeof(p), "%s/plan", d);
		mkdir(d, 0700);
		mkdir(p, 0700);
		for (size_t i = 0; i < ncsv; i++) {
			snprintf(src, sizeof(src), "%s/%s", fixture, csvs[i]);
			snprintf(dst, sizeof(dst), "%s/%s", d, csvs[i]);
			shuffle_csv(src, dst, seed * 7919 + i);
		}
		for (size_t i = 0; i < ncopy; i++) {
			snprintf(src, sizeof(src), "%s/%s", fixture, copies[i]);
			snprintf(dst, sizeof(dst), "%s/%s", d, copies[i]);
			copy_file(src, dst);
		}
		snprintf(dst, sizeof(dst), "%s/%s", d, runfile);
		snprintf(out, sizeof(out), "%s/out", d);
		write_run(dst, out);
		assert_same_folder_x(ref, out, 1);
	}
	peg_remove_tree(tmp);
	free(tmp);
}

static void test_shuffled_inputs(void **state)
{
	(void)state;
	static const char *const csvs[] = {"plan/objectives.csv",
					   "plan/indicators.csv",
					   "verifiche.csv"};
	static const char *const copies[] = {"run.ini", "rules.ini"};
	shuffled(FIXTURE, "run.ini", csvs, 3, copies, 2);
}

/* The schedule and the multi-year progress do not depend on row order
 * either (phases, phase verifications, rows of several years). */
static void test_shuffled_schedule(void **state)
{
	(void)state;
	static const char *const csvs[] = {
		"plan/objectives.csv", "plan/indicators.csv",
		"plan/phases.csv", "verifiche-2021.csv", "fasi-2021.csv"};
	static const char *const copies[] = {"run-2021.ini", "rules.ini"};
	shuffled("fixtures/multiyear", "run-2021.ini", csvs, 5, copies, 2);
}

static void test_failure_leaves_nothing(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char out[4096];
	snprintf(out, sizeof(out), "%s/x/y/out", tmp);
	struct peg_diag d;
	struct peg_run *r = NULL;
	peg_diag_init(&d);
	assert_int_equal(peg_run_load(&r, FIXTURE "/run.ini", &d), 0);
	assert_int_equal(peg_run_compute(r, &d), 0);
	/* the parent cannot be created: a file is in the way */
	char block[4096];
	snprintf(block, sizeof(block), "%s/x", tmp);
	FILE *fp = fopen(block, "w");
	fclose(fp);
	struct peg_run_options opt = {out, 0, PEG_LANG_EN};
	assert_int_equal(peg_run_write(r, &opt, &d), -1);
	assert_int_equal(peg_diag_code(&d), PEG_EIO);
	/* only the blocking file remains */
	DIR *dir = opendir(tmp);
	struct dirent *de;
	int n = 0;
	while ((de = readdir(dir)))
		n += de->d_name[0] != '.' || strstr(de->d_name, "pegaso-tmp");
	closedir(dir);
	assert_int_equal(n, 1);
	peg_run_free(r);
	peg_diag_release(&d);
	peg_remove_tree(tmp);
	free(tmp);
}

/* ---- which reports are written -------------------------------------- */

static int exists(const char *dir, const char *name)
{
	char path[4096 + 64];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return access(path, F_OK) == 0;
}

/* The manifest records the choice, so that verify reproduces it. */
static int manifest_says(const char *dir, const char *line)
{
	char path[4096 + 16];
	size_t len;
	snprintf(path, sizeof(path), "%s/manifest", dir);
	char *m = peg_test_slurp(path, &len);
	assert_non_null(m);
	int found = strstr(m, line) != NULL;
	free(m);
	return found;
}

static void test_reports_choice(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char out[4096];
	snprintf(out, sizeof(out), "%s/out", tmp);
	struct peg_diag d;
	struct peg_run *r = NULL;
	peg_diag_init(&d);
	assert_int_equal(peg_run_load(&r, FIXTURE "/run.ini", &d), 0);
	assert_int_equal(peg_run_compute(r, &d), 0);
	static const struct {
		enum peg_reports_choice choice;
		int written;
		const char *recorded;
	} cases[] = {
		/* the mini plan is far below the auto limits */
		{PEG_REPORTS_RUNFILE, 1, "\nreports auto\n"},
		{PEG_REPORTS_AUTO, 1, "\nreports auto\n"},
		{PEG_REPORTS_ALWAYS, 1, "\nreports always\n"},
		{PEG_REPORTS_NEVER, 0, "\nreports never\n"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct peg_run_options opt = {out, 1, PEG_LANG_IT,
					      PEG_CSV_RUNFILE, cases[i].choice};
		assert_int_equal(peg_run_write(r, &opt, &d), 0);
		assert_int_equal(exists(out, "report.html"), cases[i].written);
		assert_int_equal(exists(out, "report.xlsx"), cases[i].written);
		assert_true(exists(out, "trace.csv"));
		assert_true(manifest_says(out, cases[i].recorded));
	}
	assert_int_equal(peg_diag_code(&d), 0);
	peg_run_free(r);
	peg_diag_release(&d);
	peg_remove_tree(tmp);
	free(tmp);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reports_choice),
		cmocka_unit_test(test_hand_computed),
		cmocka_unit_test(test_same_bytes),
		cmocka_unit_test(test_threads_same_bytes),
		cmocka_unit_test(test_shuffled_inputs),
		cmocka_unit_test(test_shuffled_schedule),
		cmocka_unit_test(test_failure_leaves_nothing),
	};
	return cmocka_run_group_tests_name("run", tests, NULL, NULL);
}
