/*
 * test_rules.c - the INI adapter and the rules loader: line numbers,
 * duplicates, every problem of a file reported in one pass, values read
 * with the checked parser, defaults.
 */
#include "ini.h"
#include "peg_test.h"
#include "rules.h"

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
		const char *s = strstr(m, "r.ini");
		peg_buf_printf(&b, "%s\n", s ? s : m);
	}
	return peg_buf_str(&b);
}

static void test_ini_lines(void **state)
{
	(void)state;
	const char *p = peg_test_write(dir, "a.ini",
				       "; comment\n"
				       "[Run]\n"
				       "Year = 2020\n"
				       "\n"
				       "# another\n"
				       "path = \"a;b\"   ; quoted keeps ;\n"
				       "list = 1, 2, \\\n"
				       "       3\n"
				       "empty =\n"
				       "[other section]\n"
				       "k = v # cut\n",
				       0);
	struct peg_ini ini;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_ini_load(&ini, p, PEG_ERULES, &d), 0);
	assert_int_equal(ini.nsec, 2);
	assert_string_equal(ini.sec[0].name, "run");
	PEG_ASSERT_INT(ini.sec[0].line, 2);
	assert_string_equal(ini.sec[1].name, "other section");
	struct peg_ini_entry *e = peg_ini_find(&ini, "run", "year");
	assert_non_null(e);
	PEG_ASSERT_INT(e->line, 3);
	assert_string_equal(e->value, "2020");
	e = peg_ini_find(&ini, "run", "path");
	assert_string_equal(e->value, "a;b");
	e = peg_ini_find(&ini, "run", "list");
	PEG_ASSERT_INT(e->line, 7);
	PEG_ASSERT_CONTAINS(e->value, "3");
	e = peg_ini_find(&ini, "run", "empty");
	assert_string_equal(e->value, "");
	e = peg_ini_find(&ini, "other section", "k");
	assert_string_equal(e->value, "v");
	PEG_ASSERT_INT(e->line, 11);
	peg_ini_release(&ini);
	peg_diag_release(&d);
}

static void test_ini_problems(void **state)
{
	(void)state;
	const char *p = peg_test_write(dir, "r.ini",
				       "orphan = 1\n"
				       "[a]\n"
				       "k = 1\n"
				       "K = 2\n"
				       "just text\n"
				       "= nokey\n"
				       "[A]\n"
				       "[]\n",
				       0);
	struct peg_ini ini;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_ini_load(&ini, p, PEG_ERULES, &d), -1);
	assert_string_equal(
		messages(&d),
		"r.ini:1: key 'orphan' outside any section\n"
		"r.ini:4: duplicate key 'k' in [a] (first at line 3)\n"
		"r.ini:5: expected '[section]', 'key = value' or a comment, "
		"found 'just text'\n"
		"r.ini:6: expected '[section]', 'key = value' or a comment, "
		"found '= nokey'\n"
		"r.ini:7: section [a] appears twice (first at line 2)\n"
		"r.ini:8: empty section name\n");
	assert_int_equal(peg_diag_code(&d), PEG_ERULES);
	peg_ini_release(&ini);
	peg_diag_release(&d);
}

static void test_ini_bom_and_encoding(void **state)
{
	(void)state;
	struct peg_ini ini;
	struct peg_diag d;
	peg_diag_init(&d);
	const char *p = peg_test_write(dir, "r.ini", "\xEF\xBB\xBF[a]\nk=1\n", 0);
	assert_int_equal(peg_ini_load(&ini, p, PEG_ERULES, &d), -1);
	PEG_ASSERT_CONTAINS(messages(&d), "r.ini:1: the file starts with a "
					  "byte order mark");
	peg_ini_release(&ini);
	peg_diag_release(&d);
	peg_diag_init(&d);
	p = peg_test_write(dir, "r.ini", "[a]\nk=qualit\xe0\n", 0);
	assert_int_equal(peg_ini_load(&ini, p, PEG_ERULES, &d), -1);
	PEG_ASSERT_CONTAINS(messages(&d), "r.ini:2: invalid UTF-8");
	peg_ini_release(&ini);
	peg_diag_release(&d);
}

/* Every problem of a rules file in one pass, each with its line. */
static void test_rules_all_problems(void **state)
{
	(void)state;
	const char *p = peg_test_write(dir, "r.ini",
				       "[scoring]\n"
				       "missing = sometimes\n"
				       "cap = 1,5\n"
				       "floor = 120\n"
				       "colour = blue\n"
				       "[kind count]\n"
				       "function = curve\n"
				       "points = 0:0, 50:10, 40:20\n"
				       "[kind deadline]\n"
				       "function = ratio\n"
				       "zero_after_days = 30\n"
				       "[kind boolean]\n"
				       "points = 0:0, 100:100\n"
				       "[kind weird]\n"
				       "x = 1\n"
				       "[objective]\n"
				       "aggregate = median\n"
				       "[pools]\n",
				       0);
	struct peg_rules r;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_rules_load(&r, p, &d), -1);
	assert_string_equal(
		messages(&d),
		"r.ini:2: [scoring] missing = 'sometimes': expected error or "
		"zero\n"
		"r.ini:3: [scoring] cap = '1,5': a decimal comma in a "
		"decimal-point file (write 1.5, not 1,5)\n"
		"r.ini:4: [scoring] floor = '120': out of range (0 to 100)\n"
		"r.ini:5: unknown key 'colour' in [scoring]\n"
		"r.ini:8: [kind count] points = '0:0, 50:10, 40:20': point 3: "
		"x must not decrease\n"
		"r.ini:10: [kind deadline] function = ratio cannot score kind "
		"deadline\n"
		"r.ini:11: [kind deadline] zero_after_days only applies to "
		"function = deadline_linear or phases_linear\n"
		"r.ini:13: [kind boolean] points is only used with function = "
		"curve\n"
		"r.ini:14: [kind weird]: unknown kind 'weird'\n"
		"r.ini:17: [objective] aggregate = 'median': expected "
		"weighted_mean, min or all_or_nothing\n"
		"r.ini:18: unknown section [pools] (expected [scoring], [kind "
		"NAME], [objective], [areas], [area_map], [absences], [pool NAME], "
		"[legal] or [transparency])\n");
	assert_int_equal(peg_diag_code(&d), PEG_ERULES);
	peg_rules_release(&r);
	peg_diag_release(&d);
}

static void test_rules_values(void **state)
{
	(void)state;
	const char *p = peg_test_write(dir, "r.ini",
				       "[scoring]\n"
				       "missing = zero\n"
				       "cap = 120\n"
				       "floor = 10\n"
				       "unknown_incentivized = yes\n"
				       "[KIND Count]\n"
				       "Function = curve\n"
				       "points = 0:0, 50:0, 50:50, 100:100\n"
				       "floor = 0\n"
				       "[kind deadline]\n"
				       "function = deadline_linear\n"
				       "grace_days = 5\n"
				       "zero_after_days = 60\n"
				       "[objective]\n"
				       "aggregate = min\n",
				       0);
	struct peg_rules r;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_rules_load(&r, p, &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(r.missing, PEG_MISSING_ZERO);
	PEG_ASSERT_FIX(r.cap, PEG_FIX(120));
	assert_int_equal(r.unknown_incentivized, PEG_UNKNOWN_YES);
	assert_int_equal(r.aggregate, PEG_AGG_MIN);
	/* count: own floor, inherited cap */
	assert_int_equal(r.kind[PEG_KIND_COUNT].fn, PEG_FN_CURVE);
	PEG_ASSERT_FIX(r.kind[PEG_KIND_COUNT].floor, 0);
	PEG_ASSERT_FIX(r.kind[PEG_KIND_COUNT].cap, PEG_FIX(120));
	assert_string_equal(r.kind[PEG_KIND_COUNT].section, "kind count");
	PEG_ASSERT_INT(r.kind[PEG_KIND_COUNT].curve.n, 4);
	/* percent: defaults, inherited floor and cap */
	assert_int_equal(r.kind[PEG_KIND_PERCENT].fn, PEG_FN_RATIO);
	PEG_ASSERT_FIX(r.kind[PEG_KIND_PERCENT].floor, PEG_FIX(10));
	assert_string_equal(r.kind[PEG_KIND_PERCENT].section, "scoring");
	assert_int_equal(r.kind[PEG_KIND_MAX].fn, PEG_FN_INVERSE_RATIO);
	assert_int_equal(r.kind[PEG_KIND_QUALITATIVE].fn, PEG_FN_JUDGEMENT);
	assert_int_equal(r.kind[PEG_KIND_DEADLINE].fn, PEG_FN_DEADLINE_LINEAR);
	PEG_ASSERT_INT(r.kind[PEG_KIND_DEADLINE].grace_days, 5);
	PEG_ASSERT_INT(r.kind[PEG_KIND_DEADLINE].zero_after_days, 60);
	peg_rules_release(&r);
	peg_diag_release(&d);
}

/* [kind phases]: its two functions, grace days, zero_after_days only
 * with phases_linear; no deadline function scores it. */
static void test_rules_phases(void **state)
{
	(void)state;
	const char *p = peg_test_write(dir, "r.ini",
				       "[kind phases]\n"
				       "function = phases_linear\n"
				       "grace_days = 7\n"
				       "zero_after_days = 30\n",
				       0);
	struct peg_rules r;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_rules_load(&r, p, &d), 0);
	assert_int_equal(r.kind[PEG_KIND_PHASES].fn, PEG_FN_PHASES_LINEAR);
	PEG_ASSERT_INT(r.kind[PEG_KIND_PHASES].grace_days, 7);
	PEG_ASSERT_INT(r.kind[PEG_KIND_PHASES].zero_after_days, 30);
	assert_string_equal(r.kind[PEG_KIND_PHASES].section, "kind phases");
	peg_rules_release(&r);
	/* the default */
	assert_int_equal(peg_rules_defaults(&r, &d), 0);
	assert_int_equal(r.kind[PEG_KIND_PHASES].fn, PEG_FN_PHASES_ON_TIME);
	peg_rules_release(&r);
	p = peg_test_write(dir, "r.ini",
			   "[kind phases]\n"
			   "function = phases_on_time\n"
			   "zero_after_days = 30\n"
			   "[kind deadline]\n"
			   "function = phases_linear\n"
			   "[kind count]\n"
			   "grace_days = 3\n",
			   0);
	assert_int_equal(peg_rules_load(&r, p, &d), -1);
	assert_string_equal(
		messages(&d),
		"r.ini:3: [kind phases] zero_after_days only applies to "
		"function = deadline_linear or phases_linear\n"
		"r.ini:5: [kind deadline] function = phases_linear cannot score "
		"kind deadline\n"
		"r.ini:7: [kind count] grace_days only applies to deadlines and "
		"phases\n");
	peg_rules_release(&r);
	peg_diag_release(&d);
}

static void test_rules_defaults_file(void **state)
{
	(void)state;
	/* rules/default.ini must say exactly what the built-in defaults are. */
	struct peg_rules file, builtin;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_rules_load(&file, "rules/default.ini", &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(peg_rules_defaults(&builtin, &d), 0);
	assert_int_equal(file.missing, builtin.missing);
	PEG_ASSERT_FIX(file.cap, builtin.cap);
	PEG_ASSERT_FIX(file.floor, builtin.floor);
	assert_int_equal(file.unknown_incentivized,
			 builtin.unknown_incentivized);
	assert_int_equal(file.aggregate, builtin.aggregate);
	for (int k = 0; k < PEG_KIND_COUNT_; k++) {
		assert_int_equal(file.kind[k].fn, builtin.kind[k].fn);
		PEG_ASSERT_FIX(file.kind[k].cap, builtin.kind[k].cap);
		PEG_ASSERT_FIX(file.kind[k].floor, builtin.kind[k].floor);
		PEG_ASSERT_INT(file.kind[k].grace_days,
			       builtin.kind[k].grace_days);
	}
	peg_rules_release(&file);
	peg_rules_release(&builtin);
	peg_diag_release(&d);
}

static void test_rules_missing_points(void **state)
{
	(void)state;
	const char *p = peg_test_write(dir, "r.ini",
				       "[kind percent]\nfunction = curve\n"
				       "[kind max]\nfunction = binary\n"
				       "[kind min]\nfunction = nonsense\n",
				       0);
	struct peg_rules r;
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_rules_load(&r, p, &d), -1);
	assert_string_equal(
		messages(&d),
		"r.ini:2: [kind percent] function = curve needs points = x:y, "
		"...\n"
		"r.ini:4: [kind max] function = binary cannot score kind max\n"
		"r.ini:6: [kind min] function = 'nonsense': unknown function "
		"(expected ratio, inverse_ratio, on_time, deadline_linear, "
		"binary, judgement, curve, phases_on_time, phases_linear)\n");
	peg_rules_release(&r);
	peg_diag_release(&d);
}

/* Every methodology shipped in rules/ loads without a problem. */
static void test_shipped_rules(void **state)
{
	(void)state;
	static const char *const files[] = {
		"rules/default.ini", "rules/parametri-categoria.ini",
		"rules/classi-punteggio.ini", "rules/soglia-proporzionale.ini",
		"rules/dirigenti.ini"};
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		struct peg_rules r;
		struct peg_diag d;
		peg_diag_init(&d);
		if (peg_rules_load(&r, files[i], &d))
			fail_msg("%s: %s", files[i], peg_test_diag(&d, 0));
		assert_int_equal(d.n, 0);
		peg_rules_release(&r);
		peg_diag_release(&d);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ini_lines),
		cmocka_unit_test(test_ini_problems),
		cmocka_unit_test(test_ini_bom_and_encoding),
		cmocka_unit_test(test_rules_all_problems),
		cmocka_unit_test(test_rules_values),
		cmocka_unit_test(test_rules_phases),
		cmocka_unit_test(test_rules_defaults_file),
		cmocka_unit_test(test_rules_missing_points),
		cmocka_unit_test(test_shipped_rules),
	};
	return cmocka_run_group_tests_name("rules", tests, setup, teardown);
}
