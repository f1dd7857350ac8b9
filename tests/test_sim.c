/*
 * test_sim.c - the Monte Carlo simulation and its GSL adapter:
 *
 *  - draws: each distribution stays in its range and has the mean worked
 *    out by hand; a draw's numbers depend on (seed, draw) alone; dates
 *    drawn on [low - 1/2, high + 1/2] give every day the same chance;
 *  - the radix sort sorts; quantiles are GSL's, checked by hand;
 *  - with nothing uncertain (zero spread, or ranges of zero width) every
 *    statistic is the deterministic run's value;
 *  - 1, 2 and 3 threads give byte-identical folders;
 *  - a draw that cannot be distributed is reported by its number, the
 *    first one in draw order whatever the threads.
 */
#include "draw.h"
#include "peg_table.h"

#include <dirent.h>
#include <gsl/gsl_math.h>
#include <math.h>
#include <sys/stat.h>

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

/* ---- draws ------------------------------------------------------------ */

#define NDRAW 200000

/* mean of NDRAW draws, each checked within [lo, hi] */
static double mean_of(struct peg_rng *g, enum peg_dist dist, double lo,
		      double mode, double hi)
{
	double sum = 0;
	for (int i = 0; i < NDRAW; i++) {
		if (i % 1000 == 0)
			peg_rng_seed(g, 42, (uint64_t)i);
		double x = peg_rng_draw(g, dist, lo, mode, hi);
		if (x < lo || x > hi)
			fail_msg("%s: %.17g outside [%g, %g]", peg_dist_name(dist),
				 x, lo, hi);
		sum += x;
	}
	return sum / NDRAW;
}

static void test_distributions(void **state)
{
	(void)state;
	struct peg_rng *g = peg_rng_new();
	assert_non_null(g);
	/* uniform on [0, 6]: mean 3, sd sqrt(3); the mean of 200000 draws
	 * has sd 0.0039: 0.02 is five of them */
	PEG_ASSERT_CLOSE(mean_of(g, PEG_DIST_UNIFORM, 0, 1, 6) + 10, 13,
			 0.02 / 13);
	/* triangular (0, 1, 6): mean (0 + 1 + 6)/3 = 7/3 */
	PEG_ASSERT_CLOSE(mean_of(g, PEG_DIST_TRIANGULAR, 0, 1, 6) + 10,
			 10 + 7.0 / 3, 0.02 / 12);
	/* normal, mean 3, sd 1, within [0, 6]: symmetric, mean 3 */
	PEG_ASSERT_CLOSE(mean_of(g, PEG_DIST_NORMAL, 0, 3, 6) + 10, 13,
			 0.01 / 13);
	/* normal from the edge: mean 0, sd 1, cut below 0 and above 6 (the
	 * half-normal): mean sqrt(2/pi) = 0.797885 */
	PEG_ASSERT_CLOSE(mean_of(g, PEG_DIST_NORMAL, 0, 0, 6) + 10,
			 10 + sqrt(2 / M_PI), 0.01 / 11);
	/* no width: the value itself, without using the generator */
	peg_rng_seed(g, 7, 0);
	double first = peg_rng_draw(g, PEG_DIST_UNIFORM, 0, 0, 1);
	peg_rng_seed(g, 7, 0);
	assert_true(peg_rng_draw(g, PEG_DIST_NORMAL, 5, 5, 5) == 5);
	assert_true(peg_rng_draw(g, PEG_DIST_UNIFORM, 0, 0, 1) == first);
	peg_rng_free(g);
}

/* A draw's numbers depend on (seed, draw) only. */
static void test_streams(void **state)
{
	(void)state;
	struct peg_rng *a = peg_rng_new(), *b = peg_rng_new();
	double x[8], y[8];
	peg_rng_seed(a, 1, 5);
	for (int i = 0; i < 8; i++)
		x[i] = peg_rng_draw(a, PEG_DIST_UNIFORM, 0, 0, 1);
	peg_rng_seed(b, 1, 4); /* another draw in between */
	peg_rng_draw(b, PEG_DIST_UNIFORM, 0, 0, 1);
	peg_rng_seed(b, 1, 5);
	for (int i = 0; i < 8; i++) {
		y[i] = peg_rng_draw(b, PEG_DIST_UNIFORM, 0, 0, 1);
		assert_true(x[i] == y[i]);
	}
	peg_rng_seed(b, 1, 6);
	assert_true(peg_rng_draw(b, PEG_DIST_UNIFORM, 0, 0, 1) != x[0]);
	peg_rng_seed(b, 2, 5);
	assert_true(peg_rng_draw(b, PEG_DIST_UNIFORM, 0, 0, 1) != x[0]);
	/* 32-bit seeds: consecutive draws, distinct, never 0 */
	uint32_t s0 = peg_rng_draw_seed(9, 0);
	for (uint64_t d = 1; d < 1000; d++) {
		uint32_t s = peg_rng_draw_seed(9, d);
		assert_true(s != 0);
		assert_true(s == (s0 == 0xFFFFFFFFu ? 1 : s0 + 1));
		s0 = s;
	}
	peg_rng_free(a);
	peg_rng_free(b);
}

/* Days: a value drawn uniformly on [-0.5, 4.5] and rounded half up is
 * each of 0 .. 4 a fifth of the time (sd of a count: 179). */
static void test_days(void **state)
{
	(void)state;
	struct peg_rng *g = peg_rng_new();
	long count[5] = {0};
	peg_rng_seed(g, 3, 0);
	for (int i = 0; i < 100000; i++) {
		double f = floor(peg_rng_draw(g, PEG_DIST_UNIFORM, -0.5, 2, 4.5) +
				 0.5);
		assert_true(f >= 0 && f <= 4);
		count[(int)f]++;
	}
	for (int k = 0; k < 5; k++)
		assert_in_range(count[k], 20000 - 1000, 20000 + 1000);
	peg_rng_free(g);
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static void test_sort_and_quantiles(void **state)
{
	(void)state;
	int64_t v[3000], w[3000], tmp[3000];
	uint64_t x = 88172645463325252ULL;
	for (int round = 0; round < 50; round++) {
		size_t n = 1 + (size_t)(round * 61 % 3000);
		for (size_t i = 0; i < n; i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			v[i] = (int64_t)x >> (round % 3 ? 40 : 1);
			if (round % 5 == 0)
				v[i] %= 7; /* many ties, negatives */
			w[i] = v[i];
		}
		peg_sort_i64(v, tmp, n);
		qsort(w, n, sizeof(*w), cmp_i64);
		assert_memory_equal(v, w, n * sizeof(*v));
	}
	/* 1 .. 10: f x (n - 1) = 0.9, 4.5, 8.1 ->
	 * P10 = 1 + 0.9 = 1.9 -> 2; P50 = 5.5 -> 6 (half away); P90 = 9.1 */
	int64_t d[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
	double dbl[10];
	peg_quantile_prepare(d, 10, dbl);
	PEG_ASSERT_INT(peg_quantile_i64(dbl, 10, 0.1), 2);
	PEG_ASSERT_INT(peg_quantile_i64(dbl, 10, 0.5), 6);
	PEG_ASSERT_INT(peg_quantile_i64(dbl, 10, 0.9), 9);
	/* one value: every quantile is it */
	peg_quantile_prepare(d + 6, 1, dbl);
	PEG_ASSERT_INT(peg_quantile_i64(dbl, 1, 0.9), 7);
}

/* ---- simulations on mini-pay ------------------------------------------ */

/* dir/name: the mini-pay fixture, with verification text `ver` if not
 * NULL. */
static void make_case(const char *name, const char *ver)
{
	static const char *const files[] = {
		"run.ini", "rules.ini", "staff.csv", "absences.csv",
		"assignments.csv", "evaluations.csv", "verifiche.csv",
		"plan/objectives.csv", "plan/indicators.csv", NULL};
	char p[4096], rel[256];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	mkdir(p, 0700);
	snprintf(p, sizeof(p), "%s/%s/plan", dir, name);
	mkdir(p, 0700);
	for (size_t i = 0; files[i]; i++) {
		snprintf(p, sizeof(p), "fixtures/mini-pay/%s", files[i]);
		char *text = peg_test_slurp(p, NULL);
		snprintf(rel, sizeof(rel), "%s/%s", name, files[i]);
		peg_test_write(dir, rel, text, 0);
		free(text);
	}
	if (ver) {
		snprintf(rel, sizeof(rel), "%s/verifiche.csv", name);
		peg_test_write(dir, rel, ver, 0);
	}
}

/* simulate dir/name into dir/name/OUT; 0, or -1 with *d filled. */
static int simulate(const char *name, const char *out, const char *runs,
		    const char *threads, const char *spread,
		    struct peg_diag *d)
{
	char run[4096], o[4096];
	snprintf(run, sizeof(run), "%s/%s/run.ini", dir, name);
	snprintf(o, sizeof(o), "%s/%s/%s", dir, name, out);
	struct peg_sim_options opt;
	memset(&opt, 0, sizeof(opt));
	opt.runs = runs;
	opt.seed = "20200101";
	opt.threads = threads;
	opt.spread = spread;
	opt.output = o;
	opt.force = 1;
	struct peg_sim *s = NULL;
	int rc = peg_sim_run(&s, run, &opt, d) || peg_sim_write(s, &opt, d);
	peg_sim_free(s);
	return rc ? -1 : 0;
}

static void run_case(const char *name, const char *out)
{
	char run[4096], o[4096];
	snprintf(run, sizeof(run), "%s/%s/run.ini", dir, name);
	snprintf(o, sizeof(o), "%s/%s/%s", dir, name, out);
	struct peg_run_options opt = {o, 1, PEG_LANG_IT};
	struct peg_diag d;
	struct peg_run *r = NULL;
	peg_diag_init(&d);
	if (peg_run_load(&r, run, &d) || peg_run_compute(r, &d) ||
	    peg_run_write(r, &opt, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_run_free(r);
	peg_diag_release(&d);
}

static void read_out(struct peg_table *t, const char *name, const char *out,
		     const char *file)
{
	char p[4096];
	snprintf(p, sizeof(p), "%s/%s/%s/%s", dir, name, out, file);
	peg_table_read(t, p);
}

/* Every statistic of a simulation without uncertainty is the run's. */
static void check_certain(const char *name)
{
	struct peg_table pay, emp, obj, run_obj, pools;
	read_out(&pay, name, "run", "payouts.csv");
	read_out(&emp, name, "sim", "employees.csv");
	PEG_ASSERT_INT(emp.nrow, 5);
	size_t seen = 0;
	for (size_t i = 0; i < pay.nrow; i++) {
		if (strcmp(peg_table_get(&pay, i, "row_type"), "person_total"))
			continue;
		const char *id = peg_table_get(&pay, i, "employee_id");
		long long total = peg_table_cents(&pay, i, "total");
		size_t j = 0;
		while (j < emp.nrow &&
		       strcmp(peg_table_get(&emp, j, "employee_id"), id) != 0)
			j++;
		assert_true(j < emp.nrow);
		static const char *const cols[] = {"baseline", "mean", "p10",
						   "p50", "p90", "min", "max",
						   NULL};
		for (size_t k = 0; cols[k]; k++)
			PEG_ASSERT_INT(peg_table_cents(&emp, j, cols[k]), total);
		/* eligible always or never: 1 or 0 */
		const char *pe = peg_table_get(&emp, j, "p_eligible");
		assert_true(strcmp(pe, "1.0000") == 0 ||
			    strcmp(pe, "0.0000") == 0);
		seen++;
	}
	PEG_ASSERT_INT(seen, 5);
	read_out(&obj, name, "sim", "objectives.csv");
	read_out(&run_obj, name, "run", "objectives.csv");
	PEG_ASSERT_INT(obj.nrow, run_obj.nrow);
	for (size_t i = 0; i < obj.nrow; i++) {
		const char *a = peg_table_get(&run_obj, i, "achievement");
		static const char *const cols[] = {"baseline", "mean", "p10",
						   "p50", "p90", NULL};
		for (size_t k = 0; cols[k]; k++)
			assert_string_equal(peg_table_get(&obj, i, cols[k]), a);
	}
	read_out(&pools, name, "sim", "pools.csv");
	for (size_t i = 0; i < pools.nrow; i++)
		PEG_ASSERT_INT(peg_table_cents(&pools, i, "mean"),
			       peg_table_cents(&pools, i, "baseline_economies"));
	peg_table_release(&pay);
	peg_table_release(&emp);
	peg_table_release(&obj);
	peg_table_release(&run_obj);
	peg_table_release(&pools);
}

static void test_zero_spread_is_the_run(void **state)
{
	(void)state;
	struct peg_diag d;
	peg_diag_init(&d);
	make_case("zero", NULL);
	run_case("zero", "run");
	if (simulate("zero", "sim", "200", "2", "0", &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	check_certain("zero");
	/* ranges of no width: the same */
	make_case("flat", "indicator_id,year,actual,actual_low,actual_high\n"
			  "1.1,2020,60%,60%,60%\n"
			  "1.2,2020,2020-06-30,2020-06-30,2020-06-30\n"
			  "2.1,2020,50,50,50\n");
	run_case("flat", "run");
	if (simulate("flat", "sim", "100", "1", NULL, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	check_certain("flat");
	peg_diag_release(&d);
}

static const char ranged[] =
	"indicator_id,year,actual,actual_low,actual_high,distribution\n"
	"1.1,2020,60%,40%,95%,triangular\n"
	"1.2,2020,2020-06-30,2020-06-10,2020-08-15,uniform\n"
	"2.1,2020,50,20,100,normal\n";

/* Every file of folder a is in b with the same bytes. */
static void assert_same_folder(const char *a, const char *b)
{
	DIR *dp = opendir(a);
	assert_non_null(dp);
	struct dirent *de;
	int files = 0;
	while ((de = readdir(dp))) {
		if (de->d_name[0] == '.')
			continue;
		char pa[4096], pb[4096];
		snprintf(pa, sizeof(pa), "%s/%s", a, de->d_name);
		snprintf(pb, sizeof(pb), "%s/%s", b, de->d_name);
		char *ca = peg_test_slurp(pa, NULL),
		     *cb = peg_test_slurp(pb, NULL);
		if (strcmp(ca, cb) != 0)
			fail_msg("%s differs between %s and %s", de->d_name, a, b);
		free(ca);
		free(cb);
		files++;
	}
	closedir(dp);
	PEG_ASSERT_INT(files, 5);
}

static void test_threads_identical(void **state)
{
	(void)state;
	struct peg_diag d;
	peg_diag_init(&d);
	make_case("threads", ranged);
	if (simulate("threads", "t1", "3000", "1", "10", &d) ||
	    simulate("threads", "t2", "3000", "2", "10", &d) ||
	    simulate("threads", "t3", "3000", "3", "10", &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	char a[4096], b[4096];
	snprintf(a, sizeof(a), "%s/threads/t1", dir);
	snprintf(b, sizeof(b), "%s/threads/t2", dir);
	assert_same_folder(a, b);
	snprintf(b, sizeof(b), "%s/threads/t3", dir);
	assert_same_folder(a, b);

	/* and the draws vary: objective 1 reaches 100 when 1.1 reaches its
	 * target (80%, drawn from 40% to 95%) and 1.2 is on time (June 30,
	 * drawn from June 10 to August 15): sometimes */
	struct peg_table t;
	read_out(&t, "threads", "t1", "objectives.csv");
	const char *p = peg_table_get(&t, 0, "p_reach_100");
	assert_true(strcmp(p, "0.0000") != 0 && strcmp(p, "1.0000") != 0);
	assert_string_equal(peg_table_get(&t, 0, "uncertain_indicators"), "2");
	peg_table_release(&t);
	peg_diag_release(&d);
}

/*
 * Managers paid from base_amount (1000.00 each) x their objective's
 * achievement: at the measured values (objective 1: (40/80 + 100)/2 = 75,
 * objective 2: 50) the premiums are 750.00 and 500.00, 1250.00 of a
 * 1500.00 pool; draws whose achievements add up to more than 150 ask
 * more than the pool and fail.
 * The failure reported is the first in draw order: with one draw fewer,
 * the simulation succeeds; and it is the same with any threads.
 */
static void test_failed_draw(void **state)
{
	(void)state;
	make_case("fail", "indicator_id,actual,actual_low,actual_high\n"
			  "1.1,40%,0%,80%\n"
			  "1.2,2020-06-30,,\n"
			  "2.1,50,0,100\n");
	peg_test_write(dir, "fail/staff.csv",
		       "employee_id,area,sector,days_in_service,base_amount\n"
		       "1,Dirigenti,Affari generali,366,1000.00\n"
		       "2,Dirigenti,Polizia municipale,366,1000.00\n",
		       0);
	peg_test_write(dir, "fail/absences.csv", "employee_id,cause,days\n", 0);
	peg_test_write(dir, "fail/assignments.csv",
		       "employee_id,objective_id\n1,1\n2,2\n", 0);
	peg_test_write(dir, "fail/evaluations.csv",
		       "employee_id,component,score\n", 0);
	peg_test_write(dir, "fail/rules.ini",
		       "[areas]\nDirigenti = 1\n"
		       "[absences]\nreducing = MAL\n"
		       "[pool dirigenti]\ngroup = managers\n"
		       "score = objectives:100\nmode = budget\n"
		       "max = base_amount\n"
		       "[legal]\nart68_c3 = off\nfunded = off\n",
		       0);
	peg_test_write(dir, "fail/run.ini",
		       "[run]\nyear = 2020\nplan = plan\nverification = "
		       "verifiche.csv\nstaff = staff.csv\nabsences = "
		       "absences.csv\nassignments = assignments.csv\n"
		       "evaluations = evaluations.csv\nrules = rules.ini\n"
		       "output = out\n[fund]\ndirigenti = 1500.00\n",
		       0);
	struct peg_diag d1, d2;
	peg_diag_init(&d1);
	peg_diag_init(&d2);
	assert_int_equal(simulate("fail", "o", "400", "1", NULL, &d1), -1);
	assert_int_equal(simulate("fail", "o", "400", "2", NULL, &d2), -1);
	char m1[2048];
	snprintf(m1, sizeof(m1), "%s", peg_test_diag(&d1, 0));
	assert_string_equal(m1, peg_test_diag(&d2, 0));
	PEG_ASSERT_CONTAINS(m1, "the premiums (");
	PEG_ASSERT_CONTAINS(m1, ") exceed the pool less the maggiorazione "
				"(1500.00)");
	/* "...: draw N of 400 (seed 20200101): [pool dirigenti]: ..." */
	const char *at = strstr(m1, "draw ");
	assert_non_null(at);
	long n = strtol(at + 5, NULL, 10);
	assert_true(n >= 1);
	if (n > 1) {
		char runs[32];
		snprintf(runs, sizeof(runs), "%ld", n - 1);
		peg_diag_release(&d1);
		peg_diag_init(&d1);
		if (simulate("fail", "o", runs, "2", NULL, &d1))
			fail_msg("%s", peg_test_diag(&d1, 0));
	}
	peg_diag_release(&d1);
	peg_diag_release(&d2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distributions),
		cmocka_unit_test(test_streams),
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_sort_and_quantiles),
		cmocka_unit_test(test_zero_spread_is_the_run),
		cmocka_unit_test(test_threads_identical),
		cmocka_unit_test(test_failed_draw),
	};
	return cmocka_run_group_tests_name("sim", tests, setup, teardown);
}
