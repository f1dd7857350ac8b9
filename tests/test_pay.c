/*
 * test_pay.c - the distribution, case by case, against amounts worked out
 * by hand (the arithmetic is in the comments; cents are integers, "r"
 * are the fractional parts that decide the leftover cents).
 *
 * Every case uses the same plan: objective 1 (settore S1) achieves 80,
 * objective 2 (S2) achieves 60; so S1 = 80, S2 = 60, ente = 70.
 * Areas: A 1.00, B 1.05, C 1.12, D 1.20; 2020 has 366 days.
 */
#include "peg_test.h"
#include "run.h"

#include <sys/stat.h>

static char *dir;

static int setup(void **state)
{
	(void)state;
	dir = peg_test_tmpdir();
	char p[4096];
	snprintf(p, sizeof(p), "%s/plan", dir);
	mkdir(p, 0700);
	peg_test_write(dir, "plan/objectives.csv",
		       "objective_id,sector,title,incentivized\n"
		       "1,S1,Uno,yes\n2,S2,Due,yes\n",
		       0);
	peg_test_write(dir, "plan/indicators.csv",
		       "objective_id,indicator_id,kind,target\n"
		       "1,1.1,percent,100\n2,2.1,percent,100\n",
		       0);
	peg_test_write(dir, "verifiche.csv",
		       "indicator_id,actual\n1.1,80\n2.1,60\n", 0);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	peg_remove_tree(dir);
	free(dir);
	return 0;
}

static const char base_rules[] =
	"[areas]\nA = 1.00\nB = 1.05\nC = 1.12\nD = 1.20\n"
	"[absences]\nreducing = MAL, ASP\nprotected = MAT, PAT, PAR, L104\n";

/* legal checks not under test are off */
static const char quiet_legal[] =
	"[legal]\nart68_c3 = off\nfunded = off\nundifferentiated = off\n";

struct ds {
	const char *pools;   /* [pool ...] sections (and [legal] if any) */
	const char *staff;
	const char *absences;
	const char *assignments;
	const char *evaluations;
	const char *fund;    /* [fund] lines */
	int legal;           /* 1: the case sets [legal] itself */
};

/* Writes the case, loads and computes it.  NULL on failure (d holds
 * the reasons). */
static struct peg_run *run_ds(const struct ds *x, struct peg_diag *d)
{
	struct peg_buf b = {0};
	peg_buf_puts(&b, base_rules);
	peg_buf_puts(&b, x->pools);
	if (!x->legal)
		peg_buf_puts(&b, quiet_legal);
	peg_test_write(dir, "rules.ini", b.data, 0);
	peg_buf_reset(&b);
	peg_buf_printf(&b,
		       "[run]\nyear = 2020\nplan = plan\nverification = "
		       "verifiche.csv\nrules = rules.ini\noutput = out\n"
		       "staff = staff.csv\n%s%s%s[fund]\n%s",
		       x->absences ? "absences = absences.csv\n" : "",
		       x->assignments ? "assignments = assignments.csv\n" : "",
		       x->evaluations ? "evaluations = evaluations.csv\n" : "",
		       x->fund);
	peg_test_write(dir, "run.ini", b.data, 0);
	peg_test_write(dir, "staff.csv", x->staff, 0);
	if (x->absences)
		peg_test_write(dir, "absences.csv", x->absences, 0);
	if (x->assignments)
		peg_test_write(dir, "assignments.csv", x->assignments, 0);
	if (x->evaluations)
		peg_test_write(dir, "evaluations.csv", x->evaluations, 0);
	peg_buf_reset(&b);
	peg_buf_printf(&b, "%s/run.ini", dir);
	struct peg_run *r = NULL;
	peg_diag_init(d);
	if (peg_run_load(&r, b.data, d) || peg_run_compute(r, d)) {
		peg_run_free(r);
		r = NULL;
	}
	peg_buf_release(&b);
	return r;
}

static struct peg_run *must_run(const struct ds *x)
{
	struct peg_diag d;
	struct peg_run *r = run_ds(x, &d);
	if (!r)
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_diag_release(&d);
	return r;
}

/* The position of employee id (first position) and its result. */
static const struct peg_pp *pp_of(const struct peg_run *r, const char *id,
				  const char *position, size_t pool)
{
	for (size_t i = 0; i < r->staff.npos; i++)
		if (strcmp(r->staff.pos[i].employee_id, id) == 0 &&
		    strcmp(r->staff.pos[i].position, position) == 0)
			return peg_pp_at(&r->pay, i, pool);
	fail_msg("no position %s/%s", id, position);
	return NULL;
}

static const struct peg_ppers *pers_of(const struct peg_run *r,
				       const char *id, size_t pool)
{
	size_t h;
	if (!peg_map_get(&r->staff.person_by_id, id, &h))
		fail_msg("no person %s", id);
	return peg_ppers_at(&r->pay, h, pool);
}

#define STAFF_H                                                                \
	"employee_id,area,position,sector,part_time,days_in_service,"          \
	"convention_share,base_amount,excluded,excluded_reason\n"

/*
 * Share mode, linear curve on objectives.  Points p = c x t x factor:
 *   e1  C 1.12 x 1   x 0.80 = 0.896
 *   e2  B 1.05 x 0.5 x 0.80 = 0.420   (part time 50)
 *   e3  D 1.20 x 1   x 0.60 = 0.720
 *   e10 C 1.12 x 1   x 0.60 = 0.672   Σ = 2.708
 * 100000 cents x p / Σ: e1 33087.149, e2 15509.601, e3 26587.888,
 * e10 24815.362; floors sum to 99998, the 2 leftover cents go to the
 * largest remainders e3 (.888) and e2 (.601):
 *   e1 330.87, e2 155.10, e3 265.88, e10 248.15 (sum 1000.00)
 */
static void test_share_linear(void **state)
{
	(void)state;
	struct ds x = {
		"[pool organizational]\nscore = objectives:100\n",
		STAFF_H "e1,C,,S1,100,366,,,,\ne2,B,,S1,50,366,,,,\n"
			"e3,D,,S2,100,366,,,,\ne10,C,,S2,100,366,,,,\n",
		NULL,
		"employee_id,objective_id\ne1,1\ne2,1\ne3,2\ne10,2\n",
		NULL,
		"organizational = 1000.00\n",
		0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "e1", "", 0)->paid, 33087);
	PEG_ASSERT_INT(pp_of(r, "e2", "", 0)->paid, 15510);
	PEG_ASSERT_INT(pp_of(r, "e3", "", 0)->paid, 26588);
	PEG_ASSERT_INT(pp_of(r, "e10", "", 0)->paid, 24815);
	assert_int_equal(pp_of(r, "e3", "", 0)->extra_cent, 1);
	assert_int_equal(pp_of(r, "e1", "", 0)->extra_cent, 0);
	PEG_ASSERT_INT(pp_of(r, "e1", "", 0)->points, INT64_C(896000000000));
	PEG_ASSERT_INT(pp_of(r, "e2", "", 0)->t9, 500000000);
	PEG_ASSERT_INT(r->pay.pool[0].economies, 0);
	PEG_ASSERT_INT(r->pay.pool[0].paid, 100000);
	peg_run_free(r);
}

/*
 * Ties: three equal employees share 1.00: 33 cents each and one leftover
 * cent, which goes to the first in natural employee_id order: "2" before
 * "9" before "10", whatever the order of the rows.
 */
static void test_share_tie_natural_order(void **state)
{
	(void)state;
	struct ds x = {
		"[pool organizational]\nscore = objectives:100\n",
		STAFF_H "10,C,,S1,100,366,,,,\n9,C,,S1,100,366,,,,\n"
			"2,C,,S1,100,366,,,,\n",
		NULL, "employee_id,objective_id\n10,1\n9,1\n2,1\n", NULL,
		"organizational = 1.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "2", "", 0)->paid, 34);
	PEG_ASSERT_INT(pp_of(r, "9", "", 0)->paid, 33);
	PEG_ASSERT_INT(pp_of(r, "10", "", 0)->paid, 33);
	peg_run_free(r);
}

/*
 * Budget mode, max = unit x c with unit = pool / Σ(c·t):
 *   e1 C t 1   score 80; e2 B t 0.5 score 100; e3 D t 1 score 60
 *   Σ(c·t) = 1.12 + 0.525 + 1.2 = 2.845; unit = 100000/2.845
 *   max: 39367.311 -> 39367, 36906.854 -> 36907, 42179.262 -> 42179
 *   gross = round2(max x t x f): 31493.6 -> 31494, 18453.5 -> 18454
 *   (half up), 25307.4 -> 25307; Σ 75255, economies 24745.
 * residual = redistribute: 24745 by points 0.896, 0.525, 0.72
 *   (Σ 2.141): 10355.684, 6067.784, 8321.532 -> floors 24743, leftover
 *   cents to e2 (.784) and e1 (.684): 10356, 6068, 8321.
 */
static const char budget_staff[] =
	STAFF_H "e1,C,,S1,100,366,,,,\ne2,B,,S1,50,366,,,,\ne3,D,,S2,100,366,,,,\n";
static const char budget_eval[] = "employee_id,component,score\n"
				  "e1,b,80\ne2,b,100\ne3,b,60\n";

static void test_budget_parameter(void **state)
{
	(void)state;
	struct ds x = {"[pool p]\nscore = b:100\nmode = budget\n", budget_staff,
		       NULL, NULL, budget_eval, "p = 1000.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "e1", "", 0)->max, 39367);
	PEG_ASSERT_INT(pp_of(r, "e2", "", 0)->max, 36907);
	PEG_ASSERT_INT(pp_of(r, "e3", "", 0)->max, 42179);
	PEG_ASSERT_INT(pp_of(r, "e1", "", 0)->gross, 31494);
	PEG_ASSERT_INT(pp_of(r, "e2", "", 0)->gross, 18454);
	PEG_ASSERT_INT(pp_of(r, "e3", "", 0)->gross, 25307);
	PEG_ASSERT_INT(r->pay.pool[0].economies, 24745);
	PEG_ASSERT_INT(r->pay.pool[0].redistributed, 0);
	peg_run_free(r);

	x.pools = "[pool p]\nscore = b:100\nmode = budget\nresidual = "
		  "redistribute\n";
	r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "e1", "", 0)->redistributed, 10356);
	PEG_ASSERT_INT(pp_of(r, "e2", "", 0)->redistributed, 6068);
	PEG_ASSERT_INT(pp_of(r, "e3", "", 0)->redistributed, 8321);
	PEG_ASSERT_INT(r->pay.pool[0].economies, 0);
	peg_run_free(r);
}

/*
 * The rounding order of SPEC 3.4 on paper: base 100.01, part time 50 %:
 * gross = round2(100.01 x 0.5) = round2(50.005) = 50.01 (a double would
 * give 50.00); convention 50 %: paid = round2(50.01 x 0.5) = 25.005 ->
 * 25.01.  Economies = 200.00 - 25.01 = 174.99.
 */
static void test_budget_paper_rounding(void **state)
{
	(void)state;
	struct ds x = {"[pool dirigenti]\nscore = b:100\nmode = budget\n"
		       "max = base_amount\n",
		       STAFF_H "m1,D,,S1,50,366,50,100.01,,\n", NULL, NULL,
		       "employee_id,component,score\nm1,b,100\n",
		       "dirigenti = 200.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "m1", "", 0)->gross, 5001);
	PEG_ASSERT_INT(pp_of(r, "m1", "", 0)->paid, 2501);
	PEG_ASSERT_INT(r->pay.pool[0].economies, 17499);
	peg_run_free(r);
}

/*
 * Budget amounts are rounded once, on the exact time factor (SPEC 3.4):
 * 1001.01 x 355/366 = 355358.55/366 = 970.925 exactly -> 970.93.  The
 * time factor to 9 decimals (0.969945355) would give 970.9249998 ->
 * 970.92.  Pool 1000.00: economies 29.07.
 */
static void test_budget_exact_time(void **state)
{
	(void)state;
	struct ds x = {"[pool dirigenti]\nscore = b:100\nmode = budget\n"
		       "max = base_amount\n",
		       STAFF_H "m1,D,,S1,100,355,100,1001.01,,\n", NULL, NULL,
		       "employee_id,component,score\nm1,b,100\n",
		       "dirigenti = 1000.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "m1", "", 0)->t9, 969945355);
	PEG_ASSERT_INT(pp_of(r, "m1", "", 0)->gross, 97093);
	PEG_ASSERT_INT(pp_of(r, "m1", "", 0)->paid, 97093);
	PEG_ASSERT_INT(r->pay.pool[0].economies, 100000 - 97093);
	peg_run_free(r);
}

/*
 * A person moved between settori: positions a (200 days) and b (166),
 * 366 days in service in all.  min_days = 180 reads the person's days:
 * both positions are eligible; v, hired for 100 days, is not.
 * With days = no the year is not pro-rated, and a person with several
 * positions has one year shared among them by their days: t's factors
 * 200/366 = 0.546448087 and 166/366 = 0.453551913 (sum 1, not 2); w,
 * one position of 183 days, counts the whole year: 1.
 */
static void test_positions_min_days_days_off(void **state)
{
	(void)state;
	struct ds x = {"[pool organizational]\nscore = objectives:100\n"
		       "min_days = 180\n"
		       "[pool flat]\nscore = objectives:100\ndays = no\n",
		       STAFF_H "t,C,a,S1,100,200,,,,\nt,C,b,S2,100,166,,,,\n"
			       "v,C,,S1,100,100,,,,\nw,C,,S2,100,183,,,,\n",
		       NULL, "employee_id,objective_id\nt,1\nv,1\nw,2\n", NULL,
		       "organizational = 1000.00\nflat = 1000.00\n", 0};
	struct peg_run *r = must_run(&x);
	assert_true(pp_of(r, "t", "a", 0)->eligible);
	assert_true(pp_of(r, "t", "b", 0)->eligible);
	assert_false(pp_of(r, "v", "", 0)->eligible);
	assert_string_equal(pp_of(r, "v", "", 0)->reason,
			    "days in service below min_days");
	PEG_ASSERT_INT(pp_of(r, "t", "a", 0)->t9, 546448087);
	PEG_ASSERT_INT(pp_of(r, "t", "a", 1)->t9, 546448087);
	PEG_ASSERT_INT(pp_of(r, "t", "b", 1)->t9, 453551913);
	PEG_ASSERT_INT(pp_of(r, "w", "", 1)->t9, 1000000000);
	peg_run_free(r);
}

/*
 * Managers' retribuzione di risultato: base x days/366 x score/100 x
 * convention.  m1: 10000.00 x 183/366 x 90% = 4500.00; convention 100.
 * m2: 8000.00 x 1 x 75% = 6000.00, convention 60 % -> 3600.00.
 */
static void test_managers(void **state)
{
	(void)state;
	struct ds x = {"[pool dirigenti]\ngroup = managers\nareas = D\n"
		       "score = b:100\nmode = budget\nmax = base_amount\n"
		       "part_time = no\n",
		       STAFF_H "m1,D,,S1,100,183,100,10000.00,,\n"
			       "m2,D,,S2,100,366,60,8000.00,,\n",
		       NULL, NULL,
		       "employee_id,component,score\nm1,b,90\nm2,b,75\n",
		       "dirigenti = 20000.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "m1", "", 0)->paid, 450000);
	PEG_ASSERT_INT(pp_of(r, "m2", "", 0)->gross, 600000);
	PEG_ASSERT_INT(pp_of(r, "m2", "", 0)->paid, 360000);
	PEG_ASSERT_INT(r->pay.pool[0].economies, 2000000 - 450000 - 360000);
	peg_run_free(r);
}

/*
 * redistribute_sector: base amounts 1000.00 each, score 50 for s1a (in
 * S1), 100 for the others.  Paid: s1a 500.00, s1b 1000.00, s2 1000.00.
 * S1's economy = (1000 - 500) + (1000 - 1000) = 500.00, shared in S1 by
 * points 1.12 x 0.5 = 0.56 and 1.12 x 1 = 1.12: 500 x 0.56/1.68 = 166.67
 * (16666.667 -> 16666 + leftover cent), 333.33 (33333.333).  S2 has no
 * economy.  Pool 4000.00: returned = 4000 - 2500 - 500 = 1000.00.
 */
static void test_redistribute_sector(void **state)
{
	(void)state;
	struct ds x = {"[pool p]\nscore = b:100\nmode = budget\nmax = base_amount\n"
		       "residual = redistribute_sector\n",
		       STAFF_H "s1a,C,,S1,100,366,,1000.00,,\n"
			       "s1b,C,,S1,100,366,,1000.00,,\n"
			       "s2,C,,S2,100,366,,1000.00,,\n",
		       NULL, NULL,
		       "employee_id,component,score\ns1a,b,50\ns1b,b,100\n"
		       "s2,b,100\n",
		       "p = 4000.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "s1a", "", 0)->paid, 50000);
	PEG_ASSERT_INT(pp_of(r, "s1a", "", 0)->redistributed, 16667);
	PEG_ASSERT_INT(pp_of(r, "s1b", "", 0)->redistributed, 33333);
	PEG_ASSERT_INT(pp_of(r, "s2", "", 0)->redistributed, 0);
	PEG_ASSERT_INT(r->pay.pool[0].economies, 100000);
	peg_run_free(r);
}

/*
 * Bands 0-60:0, 60-70:100, 70-80:150, 80-100:200.  Left-closed (default):
 * 60 -> 100, 70 -> 150, 100 -> 200 (the last band is closed).
 * bands_edges = right (Cuneo's "da 60,01 a 70"): 60 -> 0 (not eligible),
 * 60.01 -> 100, 70 -> 100, 0 -> 0 (the first band is closed).
 */
static void test_bands_edges(void **state)
{
	(void)state;
	static const char ev[] = "employee_id,component,score\n"
				 "a,b,60\nb,b,60.01\nc,b,70\nd,b,100\ne,b,0\n";
	static const char st[] = STAFF_H "a,C,,S1,100,366,,,,\nb,C,,S1,100,366,,,,\n"
					 "c,C,,S1,100,366,,,,\nd,C,,S1,100,366,,,,\n"
					 "e,C,,S1,100,366,,,,\n";
	struct ds x = {"[pool i]\nscore = b:100\ncurve = bands\n"
		       "bands = 0-60:0, 60-70:100, 70-80:150, 80-100:200\n",
		       st, NULL, NULL, ev, "i = 100.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_FIX(pp_of(r, "a", "", 0)->factor, PEG_FIX(100));
	PEG_ASSERT_FIX(pp_of(r, "c", "", 0)->factor, PEG_FIX(150));
	PEG_ASSERT_FIX(pp_of(r, "d", "", 0)->factor, PEG_FIX(200));
	assert_int_equal(pp_of(r, "e", "", 0)->eligible, 0);
	peg_run_free(r);
	x.pools = "[pool i]\nscore = b:100\ncurve = bands\nbands_edges = right\n"
		  "bands = 0-60:0, 60-70:100, 70-80:150, 80-100:200\n";
	r = must_run(&x);
	assert_int_equal(pp_of(r, "a", "", 0)->eligible, 0);
	assert_string_equal(pp_of(r, "a", "", 0)->reason,
			    "below the first paying band (factor 0)");
	PEG_ASSERT_FIX(pp_of(r, "b", "", 0)->factor, PEG_FIX(100));
	PEG_ASSERT_FIX(pp_of(r, "c", "", 0)->factor, PEG_FIX(100));
	PEG_ASSERT_FIX(pp_of(r, "d", "", 0)->factor, PEG_FIX(200));
	assert_int_equal(pp_of(r, "e", "", 0)->eligible, 0);
	peg_run_free(r);
	/* bands not reaching either end of the scale (documented): below the
	 * first band the factor is 0 (e, 0: not eligible); above the last,
	 * the last band's factor (d, 100 -> 200, though 80-90 ends at 90) */
	x.pools = "[pool i]\nscore = b:100\ncurve = bands\n"
		  "bands = 60-70:100, 70-80:150, 80-90:200\n";
	r = must_run(&x);
	PEG_ASSERT_FIX(pp_of(r, "a", "", 0)->factor, PEG_FIX(100));
	PEG_ASSERT_FIX(pp_of(r, "d", "", 0)->factor, PEG_FIX(200));
	assert_int_equal(pp_of(r, "e", "", 0)->eligible, 0);
	assert_string_equal(pp_of(r, "e", "", 0)->reason,
			    "below the first paying band (factor 0)");
	peg_run_free(r);
}

/*
 * Points with a vertical step (Quassolo: nothing below 60, proportional
 * 60-94, 100 from 95): 0:0, 60:0, 60:60, 94:94, 95:100, 100:100.
 * 59.99 -> 0; 60 -> 60 (right-continuous); 80 -> 80; 94.5 -> 97
 * (94 + 0.5 x 6); 95 -> 100.
 */
static void test_points_step(void **state)
{
	(void)state;
	static const char ev[] = "employee_id,component,score\n"
				 "a,b,59.99\nb,b,60\nc,b,80\nd,b,94.5\ne,b,95\n";
	static const char st[] = STAFF_H "a,C,,S1,100,366,,,,\nb,C,,S1,100,366,,,,\n"
					 "c,C,,S1,100,366,,,,\nd,C,,S1,100,366,,,,\n"
					 "e,C,,S1,100,366,,,,\n";
	struct ds x = {"[pool i]\nscore = b:100\ncurve = points\n"
		       "points = 0:0, 60:0, 60:60, 94:94, 95:100, 100:100\n",
		       st, NULL, NULL, ev, "i = 100.00\n", 0};
	struct peg_run *r = must_run(&x);
	assert_int_equal(pp_of(r, "a", "", 0)->eligible, 0);
	PEG_ASSERT_FIX(pp_of(r, "b", "", 0)->factor, PEG_FIX(60));
	PEG_ASSERT_FIX(pp_of(r, "c", "", 0)->factor, PEG_FIX(80));
	PEG_ASSERT_FIX(pp_of(r, "d", "", 0)->factor, PEG_FIX(97));
	PEG_ASSERT_FIX(pp_of(r, "e", "", 0)->factor, PEG_FIX(100));
	peg_run_free(r);
}

/*
 * Art. 69: 10 positively evaluated, quota 20 % -> k = 2; percent 30;
 * pool 1000.00: ex-ante average 100.00, bonus 30.00; carved out first
 * (60.00), the remaining 940.00 shared by points.  Scores: p1, p2, p3 at
 * 95, the others 80.
 *  ties = employee_id: p1 and p2 receive 30.00 each.
 *  ties = share: the 3 tied share 2 x 30.00 = 60.00: 20.00 each; the
 *  actual average premium is 940.00 / 10 = 94.00 and 20.00 is below
 *  30 % of it (28.20): the art. 69 check fails (error: exit 5).
 */
static const char mag_staff[] =
	STAFF_H "p1,C,,S1,100,366,,,,\np2,C,,S1,100,366,,,,\np3,C,,S1,100,366,,,,\n"
		"p4,C,,S1,100,366,,,,\np5,C,,S1,100,366,,,,\np6,C,,S1,100,366,,,,\n"
		"p7,C,,S1,100,366,,,,\np8,C,,S1,100,366,,,,\np9,C,,S1,100,366,,,,\n"
		"p10,C,,S1,100,366,,,,\n";
static const char mag_eval[] =
	"employee_id,component,score\np1,b,95\np2,b,95\np3,b,95\np4,b,80\n"
	"p5,b,80\np6,b,80\np7,b,80\np8,b,80\np9,b,80\np10,b,80\n";

static void test_art69(void **state)
{
	(void)state;
	struct ds x = {"[pool individual]\nscore = b:100\n"
		       "maggiorazione_percent = 30\nmaggiorazione_quota = 20\n"
		       "maggiorazione_ties = employee_id\n",
		       mag_staff, NULL, NULL, mag_eval, "individual = 1000.00\n",
		       0};
	struct peg_run *r = must_run(&x);
	const struct peg_pool_res *res = &r->pay.pool[0];
	PEG_ASSERT_INT(res->positive, 10);
	PEG_ASSERT_INT(res->k, 2);
	PEG_ASSERT_INT(res->bonus, 3000);
	PEG_ASSERT_INT(res->maggiorazione, 6000);
	PEG_ASSERT_INT(res->base, 94000);
	PEG_ASSERT_INT(pers_of(r, "p1", 0)->maggiorazione, 3000);
	PEG_ASSERT_INT(pers_of(r, "p2", 0)->maggiorazione, 3000);
	PEG_ASSERT_INT(pers_of(r, "p3", 0)->maggiorazione, 0);
	PEG_ASSERT_INT(res->paid + res->maggiorazione, 100000);
	peg_run_free(r);

	x.pools = "[pool individual]\nscore = b:100\n"
		  "maggiorazione_percent = 30\nmaggiorazione_quota = 20\n"
		  "maggiorazione_ties = share\n[legal]\nart69 = warning\n"
		  "art68_c3 = off\nfunded = off\nundifferentiated = off\n";
	x.legal = 1;
	r = must_run(&x);
	res = &r->pay.pool[0];
	PEG_ASSERT_INT(res->tied, 3);
	PEG_ASSERT_INT(pers_of(r, "p1", 0)->maggiorazione, 2000);
	PEG_ASSERT_INT(pers_of(r, "p3", 0)->maggiorazione, 2000);
	PEG_ASSERT_INT(res->min_bonus, 2000);
	PEG_ASSERT_INT(res->maggiorazione, 6000);
	peg_run_free(r);

	/* the same with the check at its default level: an error */
	x.pools = "[pool individual]\nscore = b:100\n"
		  "maggiorazione_percent = 30\nmaggiorazione_quota = 20\n";
	x.legal = 0;
	struct peg_diag d;
	assert_null(run_ds(&x, &d));
	assert_int_equal(peg_diag_code(&d), PEG_ELEGAL);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "smallest bonus 20.00 is below 30% of the actual "
			    "average premium 94.00 (CCNL 21.5.2018 art. 69)");
	peg_diag_release(&d);
}

/*
 * Art. 69 c.2, "una limitata quota massima": two positively evaluated,
 * both at 80; quota 50 % -> k = floor(0.5 x 2) = 1; percent 50; pool
 * 1000.00: ex-ante average 500.00, bonus 250.00; ties = share: the two
 * tied share the one slot, 125.00 each; the rest, 750.00, split equally:
 * 375.00 each.  The bonus test alone passes (125.00 >= 30 % x 375.00 =
 * 112.50), but everyone receives the maggiorazione: the check fails.
 * A quota above 50 or below 1 is refused at load.
 */
static void test_art69_everyone(void **state)
{
	(void)state;
	struct ds x = {"[pool individual]\nscore = b:100\n"
		       "maggiorazione_percent = 50\nmaggiorazione_quota = 50\n"
		       "[legal]\nart69 = warning\nart68_c3 = off\nfunded = off\n"
		       "undifferentiated = off\n",
		       STAFF_H "p1,C,,S1,100,366,,,,\np2,C,,S1,100,366,,,,\n",
		       NULL, NULL, "employee_id,component,score\np1,b,80\np2,b,80\n",
		       "individual = 1000.00\n", 1};
	struct peg_run *r = must_run(&x);
	const struct peg_pool_res *res = &r->pay.pool[0];
	PEG_ASSERT_INT(res->k, 1);
	PEG_ASSERT_INT(res->bonus, 25000);
	PEG_ASSERT_INT(pers_of(r, "p1", 0)->maggiorazione, 12500);
	PEG_ASSERT_INT(pers_of(r, "p2", 0)->maggiorazione, 12500);
	PEG_ASSERT_INT(pers_of(r, "p1", 0)->paid, 37500);
	const struct peg_check *c = NULL;
	for (size_t i = 0; i < r->pay.ncheck; i++)
		if (r->pay.check[i].id == PEG_LEGAL_ART69)
			c = &r->pay.check[i];
	assert_non_null(c);
	assert_int_equal(c->status, PEG_CHECK_FAIL);
	PEG_ASSERT_CONTAINS(c->message, "all 2 positively evaluated receive "
					"the maggiorazione");
	peg_run_free(r);

	static const char *const quota[] = {"100", "50.000001", "0.999999"};
	for (size_t i = 0; i < PEG_COUNT(quota); i++) {
		char pools[160];
		snprintf(pools, sizeof(pools),
			 "[pool individual]\nscore = b:100\n"
			 "maggiorazione_percent = 30\nmaggiorazione_quota = %s\n",
			 quota[i]);
		x.pools = pools;
		x.legal = 0;
		struct peg_diag d;
		assert_null(run_ds(&x, &d));
		assert_int_equal(peg_diag_code(&d), PEG_ERULES);
		PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0), "out of range (1 to 50)");
		peg_diag_release(&d);
	}
}

/*
 * Two positions (transfer), 200 + 166 days, 36.6 reducing days without a
 * position: shared by days, 20 and 16.6.  t_a = (200 - 20)/366 =
 * 0.491803279 (rounded to 9 decimals), t_b = (166 - 16.6)/366 =
 * 0.408196721.  50 days of maternity (protected) reduce nothing.  A
 * position-specific absence reduces only its position.
 */
static void test_positions_and_absences(void **state)
{
	(void)state;
	struct ds x = {"[pool organizational]\nscore = objectives:100\n",
		       STAFF_H "t,C,a,S1,100,200,,,,\nt,C,b,S2,100,166,,,,\n"
			       "u,C,,S1,100,366,,,,\n",
		       "employee_id,cause,days,position\nt,MAL,36.6,\nt,MAT,50,\n"
		       "u,ASP,36.6,\n",
		       "employee_id,objective_id\nt,1\nt,2\nu,1\n", NULL,
		       "organizational = 1000.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(pp_of(r, "t", "a", 0)->t9, 491803279);
	PEG_ASSERT_INT(pp_of(r, "t", "b", 0)->t9, 408196721);
	/* u: (366 - 36.6)/366 = 0.9 */
	PEG_ASSERT_INT(pp_of(r, "u", "", 0)->t9, 900000000);
	/* the person's objectives component: (80 + 60)/2 = 70 */
	PEG_ASSERT_FIX(pp_of(r, "t", "a", 0)->score, PEG_FIX(70));
	assert_int_equal(r->staff.protected_rows, 1);
	/* person total = sum of positions */
	const struct peg_ppers *pt = pers_of(r, "t", 0);
	PEG_ASSERT_INT(pt->paid, pp_of(r, "t", "a", 0)->paid +
					 pp_of(r, "t", "b", 0)->paid);
	peg_run_free(r);
}

/* Missing components: an error listing employees, unless a fallback. */
static void test_missing_component(void **state)
{
	(void)state;
	struct ds x = {"[pool organizational]\nscore = objectives:100\n",
		       STAFF_H "e1,C,,S1,100,366,,,,\ne2,C,,S2,100,366,,,,\n",
		       NULL, "employee_id,objective_id\ne1,1\n", NULL,
		       "organizational = 100.00\n", 0};
	struct peg_diag d;
	assert_null(run_ds(&x, &d));
	assert_int_equal(peg_diag_code(&d), PEG_EDATA);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "[pool organizational]: 1 employee lacks a "
			    "score component: 'e2' (objectives)");
	peg_diag_release(&d);
	/* objectives -> sector: e2 gets S2's 60 */
	x.pools = "[pool organizational]\nscore = objectives:100\n"
		  "fallback = objectives:sector\n";
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_FIX(pp_of(r, "e2", "", 0)->score, PEG_FIX(60));
	PEG_ASSERT_FIX(pp_of(r, "e1", "", 0)->score, PEG_FIX(80));
	peg_run_free(r);
}

/*
 * Per-area score weights and thresholds, exclusion, min_days:
 * D uses ente 50 + b 50, others b 100; threshold 60; min_days 30.
 * d1 (D): 0.5 x 70 + 0.5 x 40 = 55 < 60: not eligible.
 * c1 (C): 90.  c2 excluded.  c3 works 20 days < 30.
 */
static void test_eligibility(void **state)
{
	(void)state;
	struct ds x = {"[pool i]\nscore = b:100\nscore.D = ente:50, b:50\n"
		       "threshold = 60\nmin_days = 30\n",
		       STAFF_H "d1,D,,S1,100,366,,,,\nc1,C,,S1,100,366,,,,\n"
			       "c2,C,,S1,100,366,,,yes,sanzione disciplinare\n"
			       "c3,C,,S1,100,20,,,,\n",
		       NULL, NULL,
		       "employee_id,component,score\nd1,b,40\nc1,b,90\nc2,b,99\n"
		       "c3,b,99\n",
		       "i = 100.00\n", 0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_FIX(pp_of(r, "d1", "", 0)->score, PEG_FIX(55));
	assert_string_equal(pp_of(r, "d1", "", 0)->reason,
			    "score below threshold");
	assert_string_equal(pp_of(r, "c2", "", 0)->reason, "excluded");
	assert_string_equal(pp_of(r, "c3", "", 0)->reason,
			    "days in service below min_days");
	PEG_ASSERT_INT(pp_of(r, "c1", "", 0)->paid, 10000);
	peg_run_free(r);
}

/*
 * The conservation check of the whole result (exit code 7): a run that
 * balances passes; each way of breaking the law, forged on a copy of the
 * results, is caught with its pool or person named.  share_linear's
 * data: e1 330.87, e2 155.10, e3 265.88, e10 248.15 of 1000.00.
 */
static void test_conservation(void **state)
{
	(void)state;
	struct ds x = {"[pool organizational]\nscore = objectives:100\n",
		       STAFF_H "e1,C,,S1,100,366,,,,\ne2,B,,S1,50,366,,,,\n"
			       "e3,D,,S2,100,366,,,,\ne10,C,,S2,100,366,,,,\n",
		       NULL,
		       "employee_id,objective_id\ne1,1\ne2,1\ne3,2\ne10,2\n",
		       NULL, "organizational = 1000.00\n", 0};
	struct peg_run *r = must_run(&x);
	struct peg_diag d;
	peg_diag_init(&d);
	assert_int_equal(peg_pay_conserved(&r->pay, &r->staff, &d), 0);
	static const struct {
		int what; /* what is forged */
		const char *message;
	} cases[] = {
		{0, "[pool organizational]: money not conserved: the "
		    "positions' amounts do not add up to the pool's paid "
		    "(1000.01 against 1000.00;"},
		{1, "[pool organizational]: money not conserved: paid, "
		    "maggiorazione and economies do not add up to the amount "
		    "(1000.00 against 1000.01;"},
		{2, "[pool organizational]: money not conserved: economies "
		    "where none can be (0.01 against 0.00;"},
		/* e2's 155.10 (above), forged one cent higher */
		{3, "employee 'e2': money not conserved: a person's total is "
		    "not the sum of the pools (155.11 against 155.10;"},
		{4, "[pool organizational]: money not conserved: a position "
		    "is paid a negative amount (-0.01 against 0.00;"},
	};
	for (size_t k = 0; k < PEG_COUNT(cases); k++) {
		struct peg_pp *p0 = peg_pp_at(&r->pay, 0, 0);
		struct peg_pool_res *res = &r->pay.pool[0];
		size_t h;
		assert_true(peg_map_get(&r->staff.person_by_id, "e2", &h));
		struct peg_pp save = *p0;
		struct peg_pool_res save_res = *res;
		peg_cents save_total = r->pay.person_total[h];
		switch (cases[k].what) {
		case 0: p0->paid += 1; break;
		case 1: res->amount += 1; break;
		case 2: res->amount += 1; res->economies += 1; break;
		case 3: r->pay.person_total[h] += 1; break;
		default:
			p0->redistributed = -1;
			break;
		}
		peg_diag_release(&d);
		peg_diag_init(&d);
		assert_int_equal(peg_pay_conserved(&r->pay, &r->staff, &d), -1);
		assert_int_equal(peg_diag_code(&d), PEG_ECONSERVATION);
		PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0), cases[k].message);
		*p0 = save;
		*res = save_res;
		r->pay.person_total[h] = save_total;
	}
	peg_diag_release(&d);
	peg_run_free(r);
}

static void collect_tr(void *ctx, const struct peg_tr_row *row)
{
	if (strcmp(row->measure, "distributed") == 0)
		peg_buf_printf(ctx, "%s=%s;", *row->area ? row->area : "all",
			       row->value);
}

/*
 * Transparency by area: B has one payee (hidden as "<3"), C four, D
 * three.  B's amount would be the group's distributed less C's and D's,
 * so the smallest other area, D, is hidden with it; C is published.
 * Share pool of 800.00 on objective 1 (80): points c x t x 0.80 =
 * b1 1.05 x 0.8 = 0.84; c 1.12 x 0.8 = 0.896 each; d 1.20 x 0.8 = 0.96
 * each; Σ = 0.84 + 3.584 + 2.88 = 7.304.  In cents: b1 67200/7.304 =
 * 9200.438, c 71680/7.304 = 9813.801 each, d 76800/7.304 = 10514.786
 * each; the floors leave 6 cents, to the largest remainders: the four
 * c (.801), then d1 and d2 (.786, ties by id).  C = 4 x 98.14 = 392.56.
 */
static void test_transparency_complementary(void **state)
{
	(void)state;
	struct ds x = {"[pool organizational]\nscore = objectives:100\n",
		       STAFF_H "b1,B,,S1,100,366,,,,\nc1,C,,S1,100,366,,,,\n"
			       "c2,C,,S1,100,366,,,,\nc3,C,,S1,100,366,,,,\n"
			       "c4,C,,S1,100,366,,,,\nd1,D,,S1,100,366,,,,\n"
			       "d2,D,,S1,100,366,,,,\nd3,D,,S1,100,366,,,,\n",
		       NULL,
		       "employee_id,objective_id\nb1,1\nc1,1\nc2,1\nc3,1\n"
		       "c4,1\nd1,1\nd2,1\nd3,1\n",
		       NULL, "organizational = 800.00\n", 0};
	struct peg_run *r = must_run(&x);
	struct peg_buf got = {0};
	peg_transparency_rows(r, collect_tr, &got);
	peg_cents c = 0;
	for (size_t i = 0; i < r->staff.npos; i++)
		if (r->staff.pos[i].employee_id[0] == 'c')
			c += peg_pp_at(&r->pay, i, 0)->paid;
	PEG_ASSERT_INT(c, 39256);
	assert_string_equal(peg_buf_str(&got),
			    "all=800.00;B=<3;C=392.56;D=<3;");
	peg_buf_release(&got);
	peg_run_free(r);
}

/* Nobody eligible in a share pool: the whole pool is returned. */
static void test_nobody_eligible(void **state)
{
	(void)state;
	struct ds x = {"[pool i]\nscore = b:100\nthreshold = 90\n",
		       STAFF_H "c1,C,,S1,100,366,,,,\n", NULL, NULL,
		       "employee_id,component,score\nc1,b,50\n", "i = 123.45\n",
		       0};
	struct peg_run *r = must_run(&x);
	PEG_ASSERT_INT(r->pay.pool[0].economies, 12345);
	PEG_ASSERT_INT(r->pay.pool[0].paid, 0);
	peg_run_free(r);
}

/*
 * One pool per [fund] amount.  Share mode: two pools on organizational =
 * 1000.00 would each pay 1000.00 (2000.00 out of a fund of 1000.00).
 * Budget mode: each would take 1000.00 as its amount, pay its premiums and
 * state its own economies, so 2000.00 would be accounted for out of
 * 1000.00 as well: refused in both modes, at load, naming both pools.
 */
static void test_fund_once(void **state)
{
	(void)state;
	static const char *const pools[] = {
		"[pool organizational]\nscore = b:100\n"
		"[pool individual]\nscore = b:100\n"
		"amount_key = organizational\n",
		"[pool organizational]\nscore = b:100\nmode = budget\n"
		"[pool individual]\nscore = b:100\nmode = budget\n"
		"amount_key = organizational\n",
	};
	for (size_t i = 0; i < PEG_COUNT(pools); i++) {
		struct ds x = {pools[i], budget_staff, NULL, NULL, budget_eval,
			       "organizational = 1000.00\n", 0};
		struct peg_diag d;
		assert_null(run_ds(&x, &d));
		assert_int_equal(peg_diag_code(&d), PEG_ERULES);
		PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
				    "[pool individual] draws on [fund] "
				    "organizational, as [pool organizational] "
				    "does (line 9)");
		peg_diag_release(&d);
	}
	/* an amount no pool draws on is refused too */
	struct ds x = {"[pool organizational]\nscore = b:100\n", budget_staff,
		       NULL, NULL, budget_eval,
		       "organizational = 1000.00\nindividual = 600.00\n"
		       "variable_resources = 1600.00\n",
		       0};
	struct peg_diag d;
	assert_null(run_ds(&x, &d));
	assert_int_equal(peg_diag_code(&d), PEG_ERULES);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "run.ini:11: [fund] individual = 600.00 is the "
			    "amount of no pool");
	assert_int_equal(d.n, 1); /* variable_resources is not reported */
	peg_diag_release(&d);
}

/*
 * A budget pool paying base amounts: its amount sets only the economies.
 * m1 as in test_budget_paper_rounding: paid 25.01 whatever the pool;
 * 200.00 -> economies 174.99; 400.00 -> 374.99.
 */
static void test_budget_amount_economies(void **state)
{
	(void)state;
	static const struct {
		const char *fund;
		peg_cents economies;
	} cases[] = {{"dirigenti = 200.00\n", 17499},
		     {"dirigenti = 400.00\n", 37499}};
	for (size_t k = 0; k < PEG_COUNT(cases); k++) {
		struct ds x = {"[pool dirigenti]\nscore = b:100\n"
			       "mode = budget\nmax = base_amount\n",
			       STAFF_H "m1,D,,S1,50,366,50,100.01,,\n", NULL,
			       NULL, "employee_id,component,score\nm1,b,100\n",
			       cases[k].fund, 0};
		struct peg_run *r = must_run(&x);
		PEG_ASSERT_INT(pp_of(r, "m1", "", 0)->paid, 2501);
		PEG_ASSERT_INT(r->pay.pool[0].paid, 2501);
		PEG_ASSERT_INT(r->pay.pool[0].economies, cases[k].economies);
		peg_run_free(r);
	}
}

/* Legal checks: art. 68 c.3 (individual >= 30 % of variable resources). */
static void test_legal_art68(void **state)
{
	(void)state;
	struct ds x = {"[pool organizational]\nscore = b:100\n"
		       "[pool individual]\nscore = b:100\n",
		       STAFF_H "c1,C,,S1,100,366,,,,\n", NULL, NULL,
		       "employee_id,component,score\nc1,b,50\n",
		       "organizational = 800.00\nindividual = 299.99\n"
		       "variable_resources = 1000.00\n",
		       1};
	struct peg_diag d;
	assert_null(run_ds(&x, &d));
	assert_int_equal(peg_diag_code(&d), PEG_ELEGAL);
	assert_string_equal(peg_test_diag(&d, 0),
			    "pegaso: legal check failed: individual pool 299.99 "
			    "is below the 30% of variable resources 1000.00 "
			    "(CCNL 21.5.2018 art. 68 c.3)");
	peg_diag_release(&d);
	/* exactly 30 % passes */
	x.fund = "organizational = 800.00\nindividual = 300.00\n"
		 "variable_resources = 1000.00\n";
	struct peg_run *r = must_run(&x);
	assert_int_equal(r->pay.check[0].status, PEG_CHECK_OK);
	peg_run_free(r);
}

/* Everyone paid the same although the scores differ (art. 18 c.2). */
static void test_legal_undifferentiated(void **state)
{
	(void)state;
	struct ds x = {"[pool i]\nscore = b:100\ncurve = bands\n"
		       "bands = 0-50:0, 50-100:100\n"
		       "[legal]\nart68_c3 = off\nfunded = off\n"
		       "undifferentiated = error\n",
		       STAFF_H "c1,C,,S1,100,366,,,,\nc2,C,,S1,100,366,,,,\n",
		       NULL, NULL, "employee_id,component,score\nc1,b,60\nc2,b,99\n",
		       "i = 100.00\n", 1};
	struct peg_diag d;
	assert_null(run_ds(&x, &d));
	assert_int_equal(peg_diag_code(&d), PEG_ELEGAL);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "all 2 payees receive the same amount although "
			    "their scores differ (D.Lgs. 150/2009 art. 18 c.2)");
	peg_diag_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_share_linear),
		cmocka_unit_test(test_share_tie_natural_order),
		cmocka_unit_test(test_budget_parameter),
		cmocka_unit_test(test_budget_paper_rounding),
		cmocka_unit_test(test_budget_exact_time),
		cmocka_unit_test(test_positions_min_days_days_off),
		cmocka_unit_test(test_managers),
		cmocka_unit_test(test_redistribute_sector),
		cmocka_unit_test(test_bands_edges),
		cmocka_unit_test(test_points_step),
		cmocka_unit_test(test_art69),
		cmocka_unit_test(test_art69_everyone),
		cmocka_unit_test(test_positions_and_absences),
		cmocka_unit_test(test_missing_component),
		cmocka_unit_test(test_eligibility),
		cmocka_unit_test(test_nobody_eligible),
		cmocka_unit_test(test_conservation),
		cmocka_unit_test(test_transparency_complementary),
		cmocka_unit_test(test_fund_once),
		cmocka_unit_test(test_budget_amount_economies),
		cmocka_unit_test(test_legal_art68),
		cmocka_unit_test(test_legal_undifferentiated),
	};
	return cmocka_run_group_tests_name("pay", tests, setup, teardown);
}
