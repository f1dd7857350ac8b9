/*
 * test_multiyear.c - a multi-year objective scored in two consecutive
 * years (fixtures/multiyear: run-2020.ini and run-2021.ini on one plan),
 * with the arithmetic worked out by hand.
 *
 * Objective 1 ("Pluriennale (2020-2021)"):
 *   2020: 1.1 count 100, 1.2 deadline 2020-09-30
 *   2021: 1.1 count 200, 1.3 deadline 2021-06-30, 1.4 phases 100%
 *   phases: 1.F1 q3 of 2020; 1.F2 "primo trimestre 2021: X";
 *           1.F3 "2021: entro il 31/05/2021"
 * Objective 2 (annuale): 2.1 percent 80% in 2020 only.
 * Rules: deadline_linear over 90 days; phases_on_time (default).
 */
#include "peg_test.h"
#include "run.h"

#define F(x) ((peg_fix)((x) * 1000000.0 + ((x) >= 0 ? 0.5 : -0.5)))

static struct peg_run *load(const char *runfile)
{
	struct peg_diag d;
	struct peg_run *r = NULL;
	peg_diag_init(&d);
	if (peg_run_load(&r, runfile, &d) || peg_run_compute(r, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_diag_release(&d);
	return r;
}

static const struct peg_my_year *year_of(const struct peg_run *r,
					 const char *obj, int year)
{
	for (size_t k = 0; k < r->multi.nyr; k++)
		if (strcmp(r->plan.obj[r->multi.yr[k].obj].id, obj) == 0 &&
		    r->multi.yr[k].year == year)
			return &r->multi.yr[k];
	fail_msg("no year %d of objective %s", year, obj);
	return NULL;
}

static const struct peg_my_ind *row_of(const struct peg_run *r,
				       const struct peg_my_year *y,
				       const char *id)
{
	for (size_t j = y->first; j < y->first + y->count; j++)
		if (strcmp(r->plan.ind[r->multi.ind[j].ind].id, id) == 0)
			return &r->multi.ind[j];
	fail_msg("no row %s in %d", id, y->year);
	return NULL;
}

static void test_year_2020(void **state)
{
	(void)state;
	struct peg_run *r = load("fixtures/multiyear/run-2020.ini");
	/* 1.1: 100*80/100 = 80; 1.2 done 2020-10-15, 15 days late:
	 * 100*(90 - 15)/90 = 83.333333; objective 1: (80 + 83.333333)/2 =
	 * 81.6666665 -> 81.666667; objective 2: 100*60/80 = 75; ente:
	 * (81.666667 + 75)/2 = 78.3333335 -> 78.333334 */
	PEG_ASSERT_FIX(r->scores.obj[0].achievement, 81666667);
	PEG_ASSERT_FIX(r->scores.obj[1].achievement, F(75));
	PEG_ASSERT_FIX(r->scores.ente.all, 78333334);
	/* only objective 1 is multi-year; its years: 2020 (this run) and
	 * 2021, not verified yet */
	assert_int_equal(r->multi.objectives, 1);
	assert_int_equal(r->multi.nyr, 2);
	const struct peg_my_year *y = year_of(r, "1", 2020);
	assert_int_equal(y->status, PEG_MY_SCORED);
	PEG_ASSERT_FIX(y->achievement, 81666667);
	assert_int_equal(y->indicators, 2);
	y = year_of(r, "1", 2021);
	assert_int_equal(y->status, PEG_MY_NOT_YET_DUE);
	assert_int_equal(y->indicators, 3);
	assert_int_equal(y->verified, 0);
	/* the 2021 target of 1.1 is its own: 200 */
	PEG_ASSERT_FIX(r->plan.ind[row_of(r, y, "1.1")->ind].target, F(200));
	/* phases of 2020: 1.F1 done 2020-09-15, due 2020-09-30: on time;
	 * the other two are planned in 2021 */
	assert_int_equal(r->sched.count[PEG_PH_ON_TIME], 1);
	assert_int_equal(r->sched.count[PEG_PH_NOT_SCHEDULED], 2);
	peg_run_free(r);
}

static void test_year_2021(void **state)
{
	(void)state;
	struct peg_run *r = load("fixtures/multiyear/run-2021.ini");
	/* 1.1: 100*210/200 = 105, capped at 100; 1.3 on its due date:
	 * 100; 1.4: 1.F2 due 2021-03-31 done 2021-04-10 (10 days late,
	 * on_time scores 0), 1.F3 due 2021-05-31 done 2021-05-20 (100):
	 * share 50, ratio 100*50/100 = 50; objective 1: (100 + 100 + 50)/3
	 * = 83.333333; objective 2 has nothing in 2021 */
	const struct peg_ind_result *ir =
		&r->scores.ind[peg_plan_find_indicator(&r->plan, "1.4", 2021)];
	PEG_ASSERT_FIX(ir->out.share, F(50));
	PEG_ASSERT_FIX(ir->score, F(50));
	assert_int_equal(ir->ph_late, 1);
	assert_int_equal(ir->ph_on_time, 1);
	PEG_ASSERT_FIX(r->scores.obj[0].achievement, 83333333);
	assert_int_equal(r->scores.obj[1].status, PEG_OS_NO_INDICATORS);
	PEG_ASSERT_FIX(r->scores.ente.all, 83333333);
	/* progress: 2020 scored again from the rows the 2021 files carry,
	 * as in the 2020 run: 81.666667 */
	const struct peg_my_year *y = year_of(r, "1", 2020);
	assert_int_equal(y->status, PEG_MY_SCORED);
	PEG_ASSERT_FIX(y->achievement, 81666667);
	PEG_ASSERT_FIX(row_of(r, y, "1.2")->res.score, 83333333);
	y = year_of(r, "1", 2021);
	assert_int_equal(y->status, PEG_MY_SCORED);
	PEG_ASSERT_FIX(y->achievement, 83333333);
	assert_int_equal(y->verified, 3);
	/* the 2020 rows did not enter the 2021 means */
	assert_int_equal(r->scores.in_year, 3);
	peg_run_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_year_2020),
		cmocka_unit_test(test_year_2021),
	};
	return cmocka_run_group_tests_name("multiyear", tests, NULL, NULL);
}
