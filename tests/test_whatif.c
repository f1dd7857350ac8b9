/*
 * test_whatif.c - what-if scenarios through the public API, read back
 * from the comparison folder:
 *
 *  - a scenario that changes nothing (no key, or keys set to the values
 *    they have) gives zero deltas everywhere;
 *  - doubling a pool doubles its payouts within the cents rules: the
 *    pool's total is exactly doubled, and in a share pool without the
 *    art. 69 maggiorazione each one-position employee's amount a becomes
 *    2a - 1, 2a or 2a + 1 cents (see test_double_pool for why);
 *  - a scenario changing how the staff files read ([absences]) rereads
 *    them; the same scenario from --set and from a file gives the same
 *    rows.
 */
#include "peg_table.h"

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

/* Copies the mini-pay fixture into dir/name. */
static void copy_fixture(const char *name)
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
}

/* Runs whatif on dir/name/run.ini into dir/name/out. */
static void whatif(const char *name, const char *const *set, size_t nset,
		   const char *scenarios)
{
	char run[4096], out[4096], sc[4096];
	snprintf(run, sizeof(run), "%s/%s/run.ini", dir, name);
	snprintf(out, sizeof(out), "%s/%s/out", dir, name);
	if (scenarios)
		snprintf(sc, sizeof(sc), "%s/%s/%s", dir, name, scenarios);
	struct peg_whatif_options opt = {set, nset, scenarios ? sc : NULL, out,
					 1};
	struct peg_diag d;
	struct peg_whatif *w = NULL;
	peg_diag_init(&d);
	if (peg_whatif_run(&w, run, &opt, &d) || peg_whatif_write(w, &opt, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_whatif_free(w);
	peg_diag_release(&d);
}

static void read_out(struct peg_table *t, const char *name, const char *file)
{
	char p[4096];
	snprintf(p, sizeof(p), "%s/%s/out/%s", dir, name, file);
	peg_table_read(t, p);
}

static void test_nothing_changes(void **state)
{
	(void)state;
	copy_fixture("same");
	/* "empty": no key; "equal": values the files already have */
	peg_test_write(dir, "same/s.ini",
		       "[empty]\n"
		       "[equal]\n"
		       "pool individual.threshold = 60\n"
		       "fund.organizational = 1000.00\n"
		       "scoring.missing = error\n",
		       0);
	whatif("same", NULL, 0, "s.ini");
	struct peg_table t;
	read_out(&t, "same", "employees.csv");
	/* 2 scenarios x 5 employees x (2 pools + total) */
	PEG_ASSERT_INT(t.nrow, 30);
	for (size_t i = 0; i < t.nrow; i++) {
		PEG_ASSERT_INT(peg_table_cents(&t, i, "delta"), 0);
		PEG_ASSERT_INT(peg_table_cents(&t, i, "amount"),
			       peg_table_cents(&t, i, "baseline_amount"));
		assert_string_equal(peg_table_get(&t, i, "eligible"),
				    peg_table_get(&t, i, "baseline_eligible"));
	}
	peg_table_release(&t);
	read_out(&t, "same", "pools.csv");
	PEG_ASSERT_INT(t.nrow, 6); /* baseline and 2 scenarios x 2 pools */
	static const char *const deltas[] = {
		"delta_amount", "delta_paid", "delta_redistributed",
		"delta_maggiorazione", "delta_economies", NULL};
	for (size_t i = 0; i < t.nrow; i++) {
		for (size_t k = 0; deltas[k]; k++)
			PEG_ASSERT_INT(peg_table_cents(&t, i, deltas[k]), 0);
		assert_string_equal(peg_table_get(&t, i, "delta_payees"), "0");
	}
	peg_table_release(&t);
}

/* ---- doubling a pool -------------------------------------------------- */

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static unsigned pick(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* 300 employees, one position each, in 4 settori; every pool in share
 * mode: organizational (objectives, linear), individual (evaluation,
 * bands), premio (evaluation, with the art. 69 maggiorazione). */
static void generate(const char *name)
{
	char p[256], full[4096];
	snprintf(full, sizeof(full), "%s/%s", dir, name);
	mkdir(full, 0700);
	snprintf(full, sizeof(full), "%s/%s/plan", dir, name);
	mkdir(full, 0700);
	struct peg_buf obj = {0}, ind = {0}, ver = {0}, st = {0}, as = {0},
		       ev = {0};
	peg_buf_puts(&obj, "objective_id,sector,title,incentivized\n");
	peg_buf_puts(&ind, "objective_id,indicator_id,kind,target\n");
	peg_buf_puts(&ver, "indicator_id,actual\n");
	for (int k = 1; k <= 12; k++) {
		peg_buf_printf(&obj, "%d,S%d,O%d,yes\n", k, k % 4, k);
		peg_buf_printf(&ind, "%d,%d.1,percent,100\n", k, k);
		peg_buf_printf(&ver, "%d.1,%u\n", k, 40 + pick(70));
	}
	peg_buf_puts(&st, "employee_id,area,sector,part_time,days_in_service\n");
	peg_buf_puts(&as, "employee_id,objective_id,weight\n");
	peg_buf_puts(&ev, "employee_id,component,score\n");
	static const char *const areas[] = {"A", "B", "C", "D"};
	static const char *const pt[] = {"100", "100", "50", "83.33"};
	for (int e = 1; e <= 300; e++) {
		peg_buf_printf(&st, "%d,%s,S%u,%s,%u\n", e, areas[pick(4)],
			       pick(4), pt[pick(4)], 30 + pick(337));
		peg_buf_printf(&as, "%d,%u,%u\n", e, 1 + pick(12), 1 + pick(3));
		peg_buf_printf(&ev, "%d,behaviour,%u\n", e, 50 + pick(51));
	}
	snprintf(p, sizeof(p), "%s/plan/objectives.csv", name);
	peg_test_write(dir, p, obj.data, 0);
	snprintf(p, sizeof(p), "%s/plan/indicators.csv", name);
	peg_test_write(dir, p, ind.data, 0);
	snprintf(p, sizeof(p), "%s/verifiche.csv", name);
	peg_test_write(dir, p, ver.data, 0);
	snprintf(p, sizeof(p), "%s/staff.csv", name);
	peg_test_write(dir, p, st.data, 0);
	snprintf(p, sizeof(p), "%s/assignments.csv", name);
	peg_test_write(dir, p, as.data, 0);
	snprintf(p, sizeof(p), "%s/evaluations.csv", name);
	peg_test_write(dir, p, ev.data, 0);
	snprintf(p, sizeof(p), "%s/rules.ini", name);
	peg_test_write(dir, p,
		       "[areas]\nA = 1\nB = 1.05\nC = 1.12\nD = 1.2\n"
		       "[pool organizational]\nscore = objectives:100\n"
		       "[pool individual]\nscore = behaviour:100\n"
		       "curve = bands\nbands = 0-60:0, 60-80:100, 80-100:150\n"
		       "[pool premio]\nscore = behaviour:100\n"
		       "maggiorazione_percent = 30\nmaggiorazione_quota = 10\n"
		       "[legal]\nart68_c3 = off\nfunded = off\nart69 = off\n",
		       0);
	snprintf(p, sizeof(p), "%s/run.ini", name);
	peg_test_write(dir, p,
		       "[run]\nyear = 2020\nplan = plan\nverification = "
		       "verifiche.csv\nstaff = staff.csv\nassignments = "
		       "assignments.csv\nevaluations = evaluations.csv\n"
		       "rules = rules.ini\noutput = out\n"
		       "[fund]\norganizational = 123456.78\nindividual = "
		       "65432.11\npremio = 30000.01\n",
		       0);
	peg_buf_release(&obj);
	peg_buf_release(&ind);
	peg_buf_release(&ver);
	peg_buf_release(&st);
	peg_buf_release(&as);
	peg_buf_release(&ev);
}

/*
 * Why 2a - 1 <= b <= 2a + 1 for one position of a share pool split by
 * largest remainder (rules/README.md, distribution step 5).  With
 * x = P·w/Σw its exact share of P,
 * a = floor(x) + e (e = 1 when it got a leftover cent) and, for 2P,
 * b = floor(2x) + e'.  If frac(x) < 1/2, floor(2x) = 2 floor(x) and the
 * entries with frac < 1/2 keep their order of remainders (2 frac), while
 * every entry with frac >= 1/2 ranked above them for P: if e = 1 the
 * entry's rank r for 2P is at most its rank for P, which is at most the
 * L leftover cents of P, and 2P has 2L - m >= L of them (m entries with
 * frac >= 1/2, all ranked above, so m <= L): e' = 1 and b = 2a - 1.  If
 * frac(x) >= 1/2, floor(2x) = 2 floor(x) + 1; if e = 0 its rank for P
 * is above L, the entries above it for 2P include those above it for P,
 * and 2P has 2L - m < L leftover cents (it ranked after L entries all
 * with frac >= 1/2: m > L): e' = 0 and b = 2a + 1.  Otherwise b = 2a or
 * 2a +- 1 directly.  A person's amount in the pool is the sum over its
 * positions; the pool's total is everything (share mode), so exactly 2P.
 */
static void test_double_pool(void **state)
{
	(void)state;
	generate("double");
	static const char *const set[] = {
		"fund.organizational=246913.56", "fund.individual=130864.22",
		"fund.premio=60000.02"};
	whatif("double", set, 3, NULL);
	struct peg_table t;
	read_out(&t, "double", "employees.csv");
	PEG_ASSERT_INT(t.nrow, 300 * 4);
	size_t checked = 0;
	for (size_t i = 0; i < t.nrow; i++) {
		const char *pool = peg_table_get(&t, i, "pool");
		if (strcmp(pool, "organizational") != 0 &&
		    strcmp(pool, "individual") != 0)
			continue;
		long long a = peg_table_cents(&t, i, "baseline_amount");
		long long b = peg_table_cents(&t, i, "amount");
		if (b < 2 * a - 1 || b > 2 * a + 1)
			fail_msg("employee %s, %s: %lld cents became %lld",
				 peg_table_get(&t, i, "employee_id"), pool, a, b);
		checked += a > 0;
	}
	assert_true(checked > 300); /* most are paid in both pools */
	peg_table_release(&t);

	read_out(&t, "double", "pools.csv");
	PEG_ASSERT_INT(t.nrow, 6);
	for (size_t i = 0; i < 3; i++) {
		size_t j = i + 3; /* the scenario's row of the same pool */
		assert_string_equal(peg_table_get(&t, i, "pool"),
				    peg_table_get(&t, j, "pool"));
		long long paid0 = peg_table_cents(&t, i, "paid") +
				  peg_table_cents(&t, i, "maggiorazione");
		long long paid1 = peg_table_cents(&t, j, "paid") +
				  peg_table_cents(&t, j, "maggiorazione");
		PEG_ASSERT_INT(paid1, 2 * paid0);
		PEG_ASSERT_INT(peg_table_cents(&t, j, "amount"),
			       2 * peg_table_cents(&t, i, "amount"));
		PEG_ASSERT_INT(peg_table_cents(&t, j, "economies"), 0);
	}
	/* premio: k bonuses of round2(30% x P/N); for 2P each is within a
	 * cent of twice the old one, so the carve-out within k cents */
	long long m0 = peg_table_cents(&t, 2, "maggiorazione");
	long long m1 = peg_table_cents(&t, 5, "maggiorazione");
	long long k = atoll(peg_table_get(&t, 2, "positively_evaluated")) / 10;
	assert_true(k > 0 && m0 > 0);
	assert_true(m1 >= 2 * m0 - k && m1 <= 2 * m0 + k);
	peg_table_release(&t);
}

/* mini-pay: employee 1 has 36.6 days of MAL (reducing).  With MAL among
 * the causes that do not reduce, the staff files are read again and
 * employee 1's time factor is 1 instead of 0.9: 1.12 x 1 x 87.5 = 98
 * points of the organizational pool instead of 88.2; everyone else's
 * share falls. */
static void test_rereads_staff(void **state)
{
	(void)state;
	copy_fixture("abs");
	static const char *const set[] = {
		"absences.reducing=ASP",
		"absences.protected=MAT, PAT, PAR, L104, MAL"};
	whatif("abs", set, 2, NULL);
	struct peg_table t;
	read_out(&t, "abs", "employees.csv");
	for (size_t i = 0; i < t.nrow; i++) {
		if (strcmp(peg_table_get(&t, i, "pool"), "organizational") != 0)
			continue;
		long long d = peg_table_cents(&t, i, "delta");
		const char *id = peg_table_get(&t, i, "employee_id");
		if (strcmp(id, "1") == 0)
			assert_true(d > 0);
		else if (peg_table_cents(&t, i, "baseline_amount") > 0)
			assert_true(d < 0);
	}
	peg_table_release(&t);

	/* the same scenario from a file: the same rows but the name */
	peg_test_write(dir, "abs/s.ini",
		       "[set]\nabsences.reducing = ASP\n"
		       "absences.protected = MAT, PAT, PAR, L104, MAL\n",
		       0);
	char a[4096], b[4096];
	snprintf(a, sizeof(a), "%s/abs/out/employees.csv", dir);
	char *first = peg_test_slurp(a, NULL);
	whatif("abs", NULL, 0, "s.ini");
	snprintf(b, sizeof(b), "%s/abs/out/employees.csv", dir);
	char *second = peg_test_slurp(b, NULL);
	assert_string_equal(first, second);
	free(first);
	free(second);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nothing_changes),
		cmocka_unit_test(test_double_pool),
		cmocka_unit_test(test_rereads_staff),
	};
	return cmocka_run_group_tests_name("whatif", tests, setup, teardown);
}
