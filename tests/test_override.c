/*
 * test_override.c - overrides applied to rules and run files before they
 * are checked (ini.h: peg_ini_load_with): a value replaced or added is
 * read as if it were in the file, a bad one gets the file's message but
 * names where the override was written, and the file's own problems keep
 * their lines.
 */
#include "ini.h"
#include "peg_test.h"
#include "rules.h"
#include "runfile.h"

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

/* All diagnostics of d, one per line, with the folder cut off. */
static const char *messages(const struct peg_diag *d)
{
	static struct peg_buf b;
	peg_buf_reset(&b);
	for (size_t i = 0; i < d->n; i++) {
		const char *m = peg_test_diag(d, i);
		size_t dl = strlen(dir);
		peg_buf_printf(&b, "%s\n",
			       strncmp(m, dir, dl) == 0 ? m + dl + 1 : m);
	}
	return peg_buf_str(&b);
}

static const char rules_text[] = "[scoring]\n"
				 "missing = zero\n"
				 "[areas]\n"
				 "C = 1.12\n"
				 "[pool individual]\n"
				 "score = behaviour:100\n"
				 "threshold = 60\n";

#define SET(s, k, v) {s, k, v, "--set", 0}

static void test_replace_and_add(void **state)
{
	(void)state;
	const char *p = peg_test_write(dir, "r.ini", rules_text, 0);
	static const struct peg_ini_override ov[] = {
		SET("pool individual", "threshold", "65"),  /* replaced */
		SET("scoring", "cap", "120"),               /* added key */
		SET("kind count", "function", "curve"),     /* added section */
		SET("kind count", "points", "0:0, 100:100"),
	};
	struct peg_rules r;
	struct peg_diag d;
	peg_diag_init(&d);
	if (peg_rules_load_with(&r, p, ov, 4, &d))
		fail_msg("%s", messages(&d));
	PEG_ASSERT_INT(d.n, 0);
	PEG_ASSERT_FIX(r.pay.pool[0].threshold, PEG_FIX(65));
	PEG_ASSERT_FIX(r.cap, PEG_FIX(120));
	assert_int_equal(r.missing, PEG_MISSING_ZERO); /* the file's */
	assert_int_equal(r.kind[PEG_KIND_COUNT].fn, PEG_FN_CURVE);
	PEG_ASSERT_INT(r.kind[PEG_KIND_COUNT].curve.n, 2);
	peg_rules_release(&r);

	/* no overrides: the file as it is */
	assert_int_equal(peg_rules_load_with(&r, p, NULL, 0, &d), 0);
	PEG_ASSERT_FIX(r.pay.pool[0].threshold, PEG_FIX(60));
	PEG_ASSERT_FIX(r.cap, PEG_FIX(100));
	peg_rules_release(&r);
	peg_diag_release(&d);
}

/* A bad value in an override gets the message the same value gets in
 * the file, at the override's origin; the file's problems come first,
 * at their lines. */
static void test_same_message(void **state)
{
	(void)state;
	struct peg_rules r;
	struct peg_diag d;
	peg_diag_init(&d);
	const char *p = peg_test_write(dir, "r.ini",
				       "[scoring]\n"
				       "missing = zero\n"
				       "[areas]\n"
				       "C = 1.12\n"
				       "[pool individual]\n"
				       "score = behaviour:100\n"
				       "threshold = 6O\n",
				       0);
	assert_int_equal(peg_rules_load(&r, p, &d), -1);
	assert_string_equal(messages(&d),
			    "r.ini:7: [pool individual] threshold = '6O': "
			    "not a number\n");
	peg_rules_release(&r);
	peg_diag_release(&d);

	p = peg_test_write(dir, "r.ini",
			   "[scoring]\n"
			   "missing = zero\n"
			   "floor = 200\n"
			   "[areas]\n"
			   "C = 1.12\n"
			   "[pool individual]\n"
			   "score = behaviour:100\n"
			   "threshold = 60\n",
			   0);
	static const struct peg_ini_override ov[] = {
		{"pool individual", "threshold", "6O", "s.ini", 4},
		{"scoring", "colour", "blue", "s.ini", 5},
		{"pools", "x", "1", "s.ini", 6},
		SET("pool individual", "mode", "budget"),
		SET("pool individual", "residual", "everywhere"),
	};
	peg_diag_init(&d);
	assert_int_equal(peg_rules_load_with(&r, p, ov, 5, &d), -1);
	assert_string_equal(
		messages(&d),
		"r.ini:3: [scoring] floor = '200': out of range (0 to 100)\n"
		"s.ini:4: [pool individual] threshold = '6O': not a number\n"
		"s.ini:5: unknown key 'colour' in [scoring]\n"
		"s.ini:6: unknown section [pools] (expected [scoring], [kind "
		"NAME], [objective], [areas], [area_map], [absences], [pool "
		"NAME], [legal] or [transparency])\n"
		"--set: [pool individual] residual = 'everywhere': expected "
		"return, redistribute or redistribute_sector\n");
	assert_int_equal(peg_diag_code(&d), PEG_ERULES);
	peg_rules_release(&r);
	peg_diag_release(&d);
}

static const char run_text[] = "[run]\n"
			       "year = 2020\n"
			       "plan = plan\n"
			       "verification = v.csv\n"
			       "rules = r.ini\n"
			       "output = out\n"
			       "[fund]\n"
			       "organizational = 1000.00\n"
			       "individual = 600.00\n";

static void test_fund(void **state)
{
	(void)state;
	const char *p = peg_test_write(dir, "run.ini", run_text, 0);
	struct peg_runfile rf;
	struct peg_diag d;
	peg_diag_init(&d);
	static const struct peg_ini_override ok[] = {
		SET("fund", "individual", "1200.00")};
	assert_int_equal(peg_runfile_load_with(&rf, p, ok, 1, &d), 0);
	PEG_ASSERT_INT(peg_runfile_fund(&rf, "individual")->amount, 120000);
	PEG_ASSERT_INT(peg_runfile_fund(&rf, "organizational")->amount,
		       100000);
	peg_runfile_release(&rf);

	/* a bad amount: the file's message; an unknown key: refused, not
	 * a new fund */
	static const struct peg_ini_override bad[] = {
		SET("fund", "individual", "1200.005"),
		{"fund", "individvual", "5.00", "s.ini", 9},
	};
	assert_int_equal(peg_runfile_load_with(&rf, p, bad, 2, &d), -1);
	assert_string_equal(
		messages(&d),
		"--set: [fund] individual = '1200.005': more than 2 decimal "
		"places (euros with a point and at most 2 decimals, e.g. "
		"150000.00)\n"
		"s.ini:9: unknown key 'individvual' in [fund] (an override "
		"changes an amount of the run file)\n");
	peg_runfile_release(&rf);
	peg_diag_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replace_and_add),
		cmocka_unit_test(test_same_message),
		cmocka_unit_test(test_fund),
	};
	return cmocka_run_group_tests_name("override", tests, setup, teardown);
}
