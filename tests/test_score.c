/*
 * test_score.c - every scoring function, cap, floor, neutralisation and
 * aggregation, with the arithmetic worked out by hand in each row.
 *
 * Each case is a one-indicator plan written to files, loaded with the real
 * loaders and scored with the real rules loader: what is tested is what
 * runs.
 */
#include "peg_test.h"
#include "phase.h"
#include "plan.h"
#include "rules.h"
#include "sched.h"
#include "score.h"
#include "verif.h"

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

struct loaded {
	struct peg_plan plan;
	struct peg_verifs verifs;
	struct peg_rules rules;
	struct peg_scores scores;
	struct peg_diag d;
	int rc;
};

/* Writes plan, verification and rules text, loads and scores them. */
static void load_and_score(struct loaded *l, const char *indicators,
			   const char *verifs, const char *rules)
{
	char path[4096];
	peg_diag_init(&l->d);
	peg_test_write(dir, "objectives.csv",
		       "objective_id,sector,title,incentivized,weight\n"
		       "1,S1,One,yes,1\n"
		       "2,S1,Two,yes,3\n"
		       "3,S2,Three,no,1\n",
		       0);
	peg_test_write(dir, "indicators.csv", indicators, 0);
	peg_test_write(dir, "verifiche.csv", verifs, 0);
	peg_test_write(dir, "rules.ini", rules, 0);
	snprintf(path, sizeof(path), "%s/verifiche.csv", dir);
	char rpath[4096];
	snprintf(rpath, sizeof(rpath), "%s/rules.ini", dir);
	l->rc = peg_plan_load(&l->plan, dir, 2020, NULL, &l->d) ||
		peg_verifs_load(&l->verifs, path, &l->plan, 2020, NULL,
				&l->d) ||
		peg_rules_load(&l->rules, rpath, &l->d) ||
		peg_score_plan(&l->scores, &l->plan, &l->verifs, &l->rules,
			       2020, NULL, &l->d);
}

static void release(struct loaded *l)
{
	peg_scores_release(&l->scores);
	peg_verifs_release(&l->verifs);
	peg_plan_release(&l->plan);
	peg_rules_release(&l->rules);
	peg_diag_release(&l->d);
}

struct fn_case {
	const char *what;
	const char *rules;
	const char *kind, *target, *baseline, *actual, *status;
	int has_ratio;
	peg_fix ratio, score;
	long days_late; /* -9999 = none */
};

#define NONE -9999
#define F(x) ((peg_fix)((x) * 1000000.0 + ((x) >= 0 ? 0.5 : -0.5)))

static const struct fn_case fn_cases[] = {
	/* ratio = 100 * A / T */
	{"percent 60 of 80", "", "percent", "80%", "", "60%", "", 1, F(75),
	 F(75), NONE},
	{"count 2 of 3: 66.666667", "", "count", "3", "", "2", "", 1,
	 66666667, 66666667, NONE},
	{"count over target capped at 100", "", "count", "10", "", "12", "",
	 1, F(120), F(100), NONE},
	{"cap 120 keeps 110", "[scoring]\ncap = 120\n", "count", "10", "",
	 "11", "", 1, F(110), F(110), NONE},
	{"min 7 of 6: 116.666667 capped", "", "min", "6", "", "7", "", 1,
	 116666667, F(100), NONE},
	{"actual 0", "", "percent", "50", "", "0", "", 1, 0, 0, NONE},
	/* floor 50: a ratio of 49.999999 scores 0, 50 keeps 50 */
	{"below floor", "[scoring]\nfloor = 50\n", "count", "3", "", "1.5",
	 "", 1, F(50), F(50), NONE},
	{"under floor", "[scoring]\nfloor = 50\n", "count", "100", "",
	 "49.999999", "", 1, 49999999, 0, NONE},
	/* inverse: 100 when A <= T, else 100 * T / A */
	{"max met", "", "max", "5", "", "3", "", 1, F(100), F(100), NONE},
	{"max equal", "", "max", "5", "", "5", "", 1, F(100), F(100), NONE},
	{"max 8 for 5: 62.5", "", "max", "5", "", "8", "", 1, F(62.5),
	 F(62.5), NONE},
	{"max 0 actual", "", "max", "5", "", "0", "", 1, F(100), F(100),
	 NONE},
	{"max 6 for 4: 66.666667", "", "max", "4", "", "6", "", 1, 66666667,
	 66666667, NONE},
	/* pp_increment: 100 * (A - B) / T; 63 from 60 for +5 pp: 60 */
	{"pp increment", "", "pp_increment", "5", "60", "63", "", 1, F(60),
	 F(60), NONE},
	{"pp decrease scores 0", "", "pp_increment", "5", "60", "58", "", 1,
	 F(-40), 0, NONE},
	/* relative change: C = 100 (1400 - 1000) / 1000 = 40; 100*40/50 = 80 */
	{"relative change", "", "relative_change", "50%", "1000", "1400", "",
	 1, F(80), F(80), NONE},
	/* without baseline the actual is the change: 100 * 12 / 10 */
	{"relative change given", "", "relative_change", "10", "", "12", "",
	 1, F(120), F(100), NONE},
	/* C = 100 (10 - 3) / 3 = 233.333...; ratio = 100 C / 300 =
	 * 77.777777... -> 77.777778 (one rounding, of the exact value) */
	{"relative change exact", "", "relative_change", "300", "3", "10", "",
	 1, 77777778, 77777778, NONE},
	/* deadlines, on_time */
	{"on time", "", "deadline", "2020-06-30", "", "2020-06-30", "", 0, 0,
	 F(100), 0},
	{"one day late", "", "deadline", "2020-06-30", "", "01/07/2020", "",
	 0, 0, 0, 1},
	{"early", "", "deadline", "2020-06-30", "", "2020-01-15", "", 0, 0,
	 F(100), -167},
	{"grace 5 days", "[kind deadline]\ngrace_days = 5\n", "deadline",
	 "2020-06-30", "", "2020-07-05", "", 0, 0, F(100), 0},
	{"leap day counted", "", "deadline", "2020-02-28", "", "2020-03-01",
	 "", 0, 0, 0, 2},
	/* deadline_linear, Z = 90: 30 late -> 100 * 60 / 90 = 66.666667 */
	{"linear 30 late",
	 "[kind deadline]\nfunction = deadline_linear\nzero_after_days = 90\n",
	 "deadline", "2020-06-30", "", "2020-07-30", "", 0, 0, 66666667, 30},
	{"linear 90 late",
	 "[kind deadline]\nfunction = deadline_linear\nzero_after_days = 90\n",
	 "deadline", "2020-06-30", "", "2020-09-28", "", 0, 0, 0, 90},
	{"linear 89 late: 100/90 = 1.111111",
	 "[kind deadline]\nfunction = deadline_linear\nzero_after_days = 90\n",
	 "deadline", "2020-06-30", "", "2020-09-27", "", 0, 0, 1111111, 89},
	{"linear with grace 10, 40 late: 100 * (60 - 30) / 60 = 50",
	 "[kind deadline]\nfunction = deadline_linear\ngrace_days = 10\n"
	 "zero_after_days = 60\n",
	 "deadline", "2020-06-30", "", "2020-08-09", "", 0, 0, F(50), 30},
	/* binary */
	{"boolean yes", "", "boolean", "SI", "", "sì", "", 0, 0, F(100), NONE},
	{"boolean no", "", "boolean", "", "", "no", "", 0, 0, 0, NONE},
	/* curve 0:0, 50:0, 50:50, 100:100: right-continuous at 50 */
	{"curve below step", "[kind count]\nfunction = curve\n"
	 "points = 0:0, 50:0, 50:50, 100:100\n",
	 "count", "100", "", "49.9", "", 1, F(49.9), 0, NONE},
	{"curve at step", "[kind count]\nfunction = curve\n"
	 "points = 0:0, 50:0, 50:50, 100:100\n",
	 "count", "100", "", "50", "", 1, F(50), F(50), NONE},
	{"curve inside", "[kind count]\nfunction = curve\n"
	 "points = 0:0, 50:0, 50:50, 100:100\n",
	 "count", "1200", "", "900", "", 1, F(75), F(75), NONE},
	{"curve above last x", "[kind count]\nfunction = curve\n"
	 "points = 0:0, 50:0, 50:50, 100:100\n",
	 "count", "10", "", "15", "", 1, F(150), F(100), NONE},
	/* 60 -> 0, 100 -> 100, linear: 80 -> 50 */
	{"curve on percent", "[kind percent]\nfunction = curve\n"
	 "points = 60:0, 100:100\n",
	 "percent", "100%", "", "80%", "", 1, F(80), F(50), NONE},
	/* curve on max: input is the inverse ratio 100*4/5 = 80 -> 50 */
	{"curve on max", "[kind max]\nfunction = curve\n"
	 "points = 60:0, 100:100\n",
	 "max", "4", "", "5", "", 1, F(80), F(50), NONE},
	/* judgement, whatever the kind */
	{"judgement qualitative", "", "qualitative", "", "", "85",
	 "judgement", 0, 0, F(85), NONE},
	{"judgement on a count", "", "count", "10", "", "70", "judgement", 0,
	 0, F(70), NONE},
	{"judgement capped by cap 100 at 100", "", "percent", "10", "", "100",
	 "judgement", 0, 0, F(100), NONE},
};

static void test_functions(void **state)
{
	(void)state;
	char ind[1024], ver[1024];
	for (size_t i = 0; i < sizeof(fn_cases) / sizeof(fn_cases[0]); i++) {
		const struct fn_case *c = &fn_cases[i];
		struct loaded l;
		snprintf(ind, sizeof(ind),
			 "objective_id,indicator_id,kind,target,baseline\n"
			 "1,1.1,%s,%s,%s\n",
			 c->kind, c->target, c->baseline);
		snprintf(ver, sizeof(ver),
			 "indicator_id,actual,status,note\n"
			 "1.1,%s,%s,%s\n",
			 c->actual, c->status, *c->status ? "reason" : "");
		load_and_score(&l, ind, ver, c->rules);
		if (l.rc)
			fail_msg("%s: %s", c->what, peg_test_diag(&l.d, 0));
		const struct peg_ind_result *r = &l.scores.ind[0];
		if (r->out.has_ratio != c->has_ratio)
			fail_msg("%s: has_ratio %d", c->what, r->out.has_ratio);
		if (c->has_ratio && r->out.ratio != c->ratio) {
			char a[PEG_NUMBUF], b[PEG_NUMBUF];
			fail_msg("%s: ratio %s, expected %s", c->what,
				 peg_fix_str(r->out.ratio, a),
				 peg_fix_str(c->ratio, b));
		}
		if (r->score != c->score) {
			char a[PEG_NUMBUF], b[PEG_NUMBUF];
			fail_msg("%s: score %s, expected %s", c->what,
				 peg_fix_str(r->score, a),
				 peg_fix_str(c->score, b));
		}
		if (c->days_late != NONE &&
		    (!r->out.has_late || r->out.days_late != c->days_late))
			fail_msg("%s: days late %ld, expected %ld", c->what,
				 r->out.days_late, c->days_late);
		release(&l);
	}
}

/* Aggregation: objective 1 has 1.1 = 50 (w 1), 1.2 = 100 (w 3),
 * 1.3 neutralized (w 10); objective 2 has 2.1 = 80; objective 3 (not
 * incentivized) has 3.1 = 20. */
static const char agg_ind[] =
	"objective_id,indicator_id,kind,target,weight\n"
	"1,1.1,count,10,1\n"
	"1,1.2,count,10,3\n"
	"1,1.3,count,10,10\n"
	"2,2.1,percent,100,1\n"
	"3,3.1,percent,100,1\n";
static const char agg_ver[] = "indicator_id,actual,status,note\n"
			      "1.1,5,,\n"
			      "1.2,10,,\n"
			      "1.3,,neutralized,strike\n"
			      "2.1,80,,\n"
			      "3.1,20,,\n";

static void test_aggregate(void **state)
{
	(void)state;
	struct {
		const char *rules;
		peg_fix obj1;
	} agg[] = {
		/* (50*1 + 100*3) / 4 = 87.5; 1.3 leaves, weights renormalised */
		{"", F(87.5)},
		{"[objective]\naggregate = min\n", F(50)},
		{"[objective]\naggregate = all_or_nothing\n", 0},
	};
	for (size_t i = 0; i < 3; i++) {
		struct loaded l;
		load_and_score(&l, agg_ind, agg_ver, agg[i].rules);
		if (l.rc)
			fail_msg("%s", peg_test_diag(&l.d, 0));
		PEG_ASSERT_FIX(l.scores.obj[0].achievement, agg[i].obj1);
		assert_int_equal(l.scores.obj[0].counted, 2);
		assert_int_equal(l.scores.obj[0].neutralized, 1);
		if (i == 0) {
			/* S1 = (87.5*1 + 80*3) / 4 = 81.875;
			 * ente all = (87.5 + 240 + 20) / 5 = 69.5;
			 * ente pay (objective 3 not incentivized) = 81.875 */
			assert_string_equal(l.scores.sec[0].name, "S1");
			PEG_ASSERT_FIX(l.scores.sec[0].all, F(81.875));
			PEG_ASSERT_FIX(l.scores.sec[1].all, F(20));
			assert_int_equal(l.scores.sec[1].has_pay, 0);
			PEG_ASSERT_FIX(l.scores.ente.all, F(69.5));
			PEG_ASSERT_FIX(l.scores.ente.pay_ach, F(81.875));
		}
		release(&l);
	}
}

static void test_all_neutralized(void **state)
{
	(void)state;
	struct loaded l;
	load_and_score(&l,
		       "objective_id,indicator_id,kind,target\n"
		       "1,1.1,count,10\n"
		       "1,1.2,boolean,\n"
		       "2,2.1,percent,100\n",
		       "indicator_id,actual,status,note\n"
		       "1.1,,neutralized,flood\n"
		       "1.2,,not_due,\n"
		       "2.1,50,,\n",
		       "");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.scores.obj[0].status, PEG_OS_NEUTRALIZED);
	assert_int_equal(l.scores.obj[2].status, PEG_OS_NO_INDICATORS);
	/* S1 mean is objective 2 alone; objective 1 left every mean */
	PEG_ASSERT_FIX(l.scores.sec[0].all, F(50));
	PEG_ASSERT_FIX(l.scores.ente.all, F(50));
	assert_int_equal(l.scores.ente.scored, 1);
	release(&l);
}

static void test_missing_policy(void **state)
{
	(void)state;
	struct loaded l;
	const char *ind = "objective_id,indicator_id,kind,target\n"
			  "1,1.1,count,10\n"
			  "1,1.2,count,10\n"
			  "2,2.1,count,10\n";
	const char *ver = "indicator_id,actual\n1.1,10\n";
	load_and_score(&l, ind, ver, "");
	assert_int_not_equal(l.rc, 0);
	PEG_ASSERT_CONTAINS(peg_test_diag(&l.d, 0),
			    "2 indicators of the plan have no verification for "
			    "2020: '1.2' (");
	PEG_ASSERT_CONTAINS(peg_test_diag(&l.d, 0), "'2.1' (");
	assert_int_equal(peg_diag_code(&l.d), PEG_EDATA);
	release(&l);
	/* zero: (100 + 0) / 2 = 50 */
	load_and_score(&l, ind, ver, "[scoring]\nmissing = zero\n");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.scores.ind[1].status, PEG_VS_MISSING);
	PEG_ASSERT_FIX(l.scores.obj[0].achievement, F(50));
	PEG_ASSERT_INT(l.scores.missing, 2);
	release(&l);
}

static void test_unknown_incentivized(void **state)
{
	(void)state;
	struct loaded l;
	char path[4096];
	const char *ind = "objective_id,indicator_id,kind,target\n"
			  "1,1.1,count,10\n";
	const char *ver = "indicator_id,actual\n1.1,10\n";
	load_and_score(&l, ind, ver, "");
	assert_int_equal(l.rc, 0);
	release(&l);
	/* make objective 1 unknown */
	peg_diag_init(&l.d);
	peg_test_write(dir, "objectives.csv",
		       "objective_id,sector,title,incentivized\n1,S,T,unknown\n",
		       0);
	peg_test_write(dir, "rules.ini", "", 0);
	snprintf(path, sizeof(path), "%s/verifiche.csv", dir);
	char rpath[4096];
	snprintf(rpath, sizeof(rpath), "%s/rules.ini", dir);
	assert_int_equal(peg_plan_load(&l.plan, dir, 2020, NULL, &l.d), 0);
	assert_int_equal(peg_verifs_load(&l.verifs, path, &l.plan, 2020, NULL,
					 &l.d),
			 0);
	assert_int_equal(peg_rules_load(&l.rules, rpath, &l.d), 0);
	assert_int_equal(peg_score_plan(&l.scores, &l.plan, &l.verifs,
					&l.rules, 2020, NULL, &l.d),
			 -1);
	PEG_ASSERT_CONTAINS(peg_test_diag(&l.d, 0),
			    "1 objective has incentivized = unknown: '1' (line "
			    "2)");
	release(&l);
}

static void test_judgement_kind_needs_status(void **state)
{
	(void)state;
	struct loaded l;
	load_and_score(&l,
		       "objective_id,indicator_id,kind,target\n1,1.1,count,10\n",
		       "indicator_id,actual\n1.1,10\n",
		       "[kind count]\nfunction = judgement\n");
	assert_int_not_equal(l.rc, 0);
	PEG_ASSERT_CONTAINS(peg_test_diag(&l.d, 0),
			    "indicator '1.1': kind count is scored by judgement "
			    "([kind count]), so its status must be judgement");
	release(&l);
}

/*
 * Replacement actual values (simulate): rescoring in place gives what a
 * fresh scoring with the same values gives, and the values count.
 *   1.1 percent 80 of 100: 80; replaced by 95 -> 95
 *   1.2 deadline 2020-06-30, done 2020-07-10 (on_time: 0); replaced by
 *       2020-06-20 -> 100
 *   objective 1 = (80 + 0)/2 = 40, then (95 + 100)/2 = 97.5
 *   2.1 count 10, done 5 (50); not replaced: objective 2 stays 50
 *   S1 (pay): (40 x 1 + 50 x 3)/4 = 47.5, then (97.5 + 150)/4 = 61.875
 */
static void test_rescore(void **state)
{
	(void)state;
	struct loaded l;
	load_and_score(&l,
		       "objective_id,indicator_id,kind,target\n"
		       "1,1.1,percent,100\n"
		       "1,1.2,deadline,2020-06-30\n"
		       "2,2.1,count,10\n",
		       "indicator_id,actual\n"
		       "1.1,80\n1.2,2020-07-10\n2.1,5\n",
		       "");
	assert_int_equal(l.rc, 0);
	PEG_ASSERT_FIX(l.scores.obj[0].achievement, F(40));
	PEG_ASSERT_FIX(l.scores.sec[0].pay_ach, F(47.5));

	peg_fix value[3];
	peg_date date[3];
	for (size_t i = 0; i < 3; i++) {
		long vi = l.verifs.by_indicator[i];
		value[i] = l.verifs.v[vi].actual;
		date[i] = l.verifs.v[vi].actual_date;
	}
	value[0] = F(95);
	date[1] = peg_date_from_ymd(2020, 6, 20);
	struct peg_actuals alt = {value, date};
	assert_int_equal(peg_score_again(&l.scores, &l.plan, &l.verifs,
					 &l.rules, &alt, &l.d),
			 0);
	PEG_ASSERT_FIX(l.scores.ind[0].score, F(95));
	PEG_ASSERT_FIX(l.scores.ind[1].score, F(100));
	PEG_ASSERT_FIX(l.scores.obj[0].achievement, F(97.5));
	PEG_ASSERT_FIX(l.scores.obj[1].achievement, F(50));
	PEG_ASSERT_FIX(l.scores.sec[0].pay_ach, F(61.875));
	PEG_ASSERT_INT(l.scores.sec[0].pay, 2);
	PEG_ASSERT_INT(l.scores.ente.objectives, 3);

	/* the same values through a fresh scoring: identical results */
	struct peg_scores fresh;
	assert_int_equal(peg_score_plan(&fresh, &l.plan, &l.verifs, &l.rules,
					2020, &alt, &l.d),
			 0);
	assert_memory_equal(fresh.ind, l.scores.ind,
			    l.plan.nind * sizeof(*fresh.ind));
	assert_memory_equal(fresh.obj, l.scores.obj,
			    l.plan.nobj * sizeof(*fresh.obj));
	for (size_t k = 0; k < fresh.nsec; k++) {
		PEG_ASSERT_FIX(fresh.sec[k].all, l.scores.sec[k].all);
		PEG_ASSERT_FIX(fresh.sec[k].pay_ach, l.scores.sec[k].pay_ach);
		PEG_ASSERT_INT(fresh.sec[k].scored, l.scores.sec[k].scored);
	}
	PEG_ASSERT_FIX(fresh.ente.all, l.scores.ente.all);
	peg_scores_release(&fresh);

	/* back to the measured values: the first scoring again */
	assert_int_equal(peg_score_again(&l.scores, &l.plan, &l.verifs,
					 &l.rules, NULL, &l.d),
			 0);
	PEG_ASSERT_FIX(l.scores.obj[0].achievement, F(40));
	PEG_ASSERT_FIX(l.scores.sec[0].pay_ach, F(47.5));
	PEG_ASSERT_INT(l.scores.sec[0].pay, 2);
	release(&l);
}

/* ---- kind phases: the two table rows ---------------------------------- */

/*
 * Objective 1 has four phases of 2020 (phases.csv below):
 *   1.F1 q1            due 2020-03-31
 *   1.F2 q1 q2         due 2020-06-30 (the end of the last quarter)
 *   1.F3 q3 "Delibera G.C."  due 2020-09-30 (a text is a mark)
 *   1.F4 q4            due 2020-12-31
 * and indicator 1.1 of kind phases; objective 2 has none.
 */
static const char ph_plan[] =
	"objective_id,phase_id,description,q1,q2,q3,q4\n"
	"1,1.F1,uno,X,,,\n"
	"1,1.F2,due,X,x,,\n"
	"1,1.F3,tre,,,Delibera G.C.,\n"
	"1,1.F4,quattro,,,,X\n";

struct ph_case {
	const char *what;
	const char *rules;
	const char *target;   /* of 1.1 */
	const char *pverif;   /* rows after the header */
	peg_fix share, ratio, score;
	int status;           /* enum peg_vstatus of 1.1 */
};

static const struct ph_case ph_cases[] = {
	/* F1 on time (the due day), F2 10 days late, F3 early, F4 not
	 * done: on time 2 of 4 = 50; ratio 100*50/100 = 50 */
	{"phases_on_time", "", "100%",
	 "1.F1,2020-03-31,,\n1.F2,2020-07-10,,\n1.F3,2020-09-01,,\n"
	 "1.F4,,not_done,\n",
	 F(50), F(50), F(50), PEG_VS_MEASURED},
	/* deadline_linear per phase, Z = 90: 100, 100*80/90 = 88.888889,
	 * 100, 0; share = 288.888889/4 = 72.22222225 -> 72.222222 */
	{"phases_linear",
	 "[kind phases]\nfunction = phases_linear\nzero_after_days = 90\n",
	 "100",
	 "1.F1,2020-03-31,,\n1.F2,2020-07-10,,\n1.F3,2020-09-01,,\n"
	 "1.F4,,not_done,\n",
	 72222222, 72222222, 72222222, PEG_VS_MEASURED},
	/* target 80%: ratio = 100*288.888889/(4*80) = 90.27777781 ->
	 * 90.277778 (one rounding of the sum, not of the share) */
	{"phases_linear, target 80%",
	 "[kind phases]\nfunction = phases_linear\nzero_after_days = 90\n",
	 "80%",
	 "1.F1,2020-03-31,,\n1.F2,2020-07-10,,\n1.F3,2020-09-01,,\n"
	 "1.F4,,not_done,\n",
	 72222222, 90277778, 90277778, PEG_VS_MEASURED},
	/* grace 10: F2 is on time; F4 neutralized leaves: 3 of 3 = 100 */
	{"grace and neutralized", "[kind phases]\ngrace_days = 10\n", "",
	 "1.F1,2020-03-31,,\n1.F2,2020-07-10,,\n1.F3,2020-09-01,,\n"
	 "1.F4,,neutralized,alluvione\n",
	 F(100), F(100), F(100), PEG_VS_MEASURED},
	/* target 75%: 2 of 4 on time = 50; 100*50/75 = 66.666667 */
	{"target 75%", "", "75",
	 "1.F1,2020-03-31,,\n1.F2,2020-07-10,,\n1.F3,2020-09-01,,\n"
	 "1.F4,,not_done,\n",
	 F(50), 66666667, 66666667, PEG_VS_MEASURED},
	/* missing = zero: F3, F4 without rows score 0: 1 of 4 = 25 */
	{"missing rows under missing = zero", "[scoring]\nmissing = zero\n",
	 "100", "1.F1,2020-03-31,,\n1.F2,2020-07-10,,\n", F(25), F(25),
	 F(25), PEG_VS_MEASURED},
	/* every phase neutralized: the indicator leaves its objective */
	{"all neutralized", "", "100",
	 "1.F1,,neutralized,a\n1.F2,,neutralized,b\n1.F3,,neutralized,c\n"
	 "1.F4,,neutralized,d\n",
	 0, 0, 0, PEG_VS_NEUTRALIZED},
};

/* Loads plan, phases and their verification, evaluates the schedule at
 * the end of 2020 and scores. */
static void load_phases(struct loaded *l, struct peg_phases *ps,
			struct peg_phase_verifs *pv, struct peg_sched *sc,
			const char *target, const char *pverif,
			const char *rules)
{
	char ind[512], pvr[1024], path[4096], rpath[4096];
	snprintf(ind, sizeof(ind),
		 "objective_id,indicator_id,kind,target\n"
		 "1,1.1,phases,%s\n2,2.1,count,10\n",
		 target);
	snprintf(pvr, sizeof(pvr), "phase_id,done,status,note\n%s", pverif);
	peg_diag_init(&l->d);
	peg_test_write(dir, "objectives.csv",
		       "objective_id,sector,title,incentivized\n"
		       "1,S1,One,yes\n2,S1,Two,yes\n",
		       0);
	peg_test_write(dir, "indicators.csv", ind, 0);
	peg_test_write(dir, "verifiche.csv", "indicator_id,actual\n2.1,10\n",
		       0);
	peg_test_write(dir, "phases.csv", ph_plan, 0);
	peg_test_write(dir, "fasi.csv", pvr, 0);
	peg_test_write(dir, "rules.ini", rules, 0);
	memset(ps, 0, sizeof(*ps));
	memset(pv, 0, sizeof(*pv));
	memset(sc, 0, sizeof(*sc));
	memset(&l->scores, 0, sizeof(l->scores));
	snprintf(rpath, sizeof(rpath), "%s/rules.ini", dir);
	l->rc = peg_plan_load(&l->plan, dir, 2020, NULL, &l->d);
	snprintf(path, sizeof(path), "%s/verifiche.csv", dir);
	l->rc = l->rc || peg_verifs_load(&l->verifs, path, &l->plan, 2020,
					 NULL, &l->d);
	l->rc = l->rc || peg_rules_load(&l->rules, rpath, &l->d);
	snprintf(path, sizeof(path), "%s/phases.csv", dir);
	l->rc = l->rc || peg_phases_load(ps, path, &l->plan, NULL, &l->d);
	snprintf(path, sizeof(path), "%s/fasi.csv", dir);
	l->rc = l->rc ||
		peg_phase_verifs_load(pv, path, ps, 2020, NULL, &l->d) ||
		peg_sched_eval(sc, ps, pv, &l->rules.kind[PEG_KIND_PHASES],
			       2020, peg_date_from_ymd(2020, 12, 31), 1) ||
		peg_score_plan_sched(&l->scores, &l->plan, &l->verifs, sc,
				     &l->rules, 2020, NULL, &l->d);
}

static void release_phases(struct loaded *l, struct peg_phases *ps,
			   struct peg_phase_verifs *pv, struct peg_sched *sc)
{
	release(l);
	peg_sched_release(sc);
	peg_phase_verifs_release(pv);
	peg_phases_release(ps);
}

static void test_phases_functions(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(ph_cases) / sizeof(ph_cases[0]); i++) {
		const struct ph_case *c = &ph_cases[i];
		struct loaded l;
		struct peg_phases ps;
		struct peg_phase_verifs pv;
		struct peg_sched sc;
		load_phases(&l, &ps, &pv, &sc, c->target, c->pverif, c->rules);
		if (l.rc)
			fail_msg("%s: %s", c->what, peg_test_diag(&l.d, 0));
		const struct peg_ind_result *r = &l.scores.ind[0];
		PEG_ASSERT_INT(r->status, c->status);
		if (c->status == PEG_VS_MEASURED) {
			if (r->out.share != c->share ||
			    r->out.ratio != c->ratio || r->score != c->score) {
				char a[PEG_NUMBUF], b[PEG_NUMBUF], x[PEG_NUMBUF];
				fail_msg("%s: share %s ratio %s score %s", c->what,
					 peg_fix_str(r->out.share, a),
					 peg_fix_str(r->out.ratio, b),
					 peg_fix_str(r->score, x));
			}
			PEG_ASSERT_INT(r->phases, 4);
		} else
			assert_int_equal(r->counted, 0);
		release_phases(&l, &ps, &pv, &sc);
	}
}

/* One phase scored as a deadline with its due date, through the table;
 * leap days count in the delay. */
static void test_phase_score(void **state)
{
	(void)state;
	struct peg_kind_rule lin = {.fn = PEG_FN_PHASES_LINEAR,
				    .zero_after_days = 90};
	struct peg_kind_rule on = {.fn = PEG_FN_PHASES_ON_TIME};
	static const struct {
		int due[3], on[3], done;
		int linear;
		long days;
		peg_fix score;
	} c[] = {
		/* due Q4 2019, done 1 March 2020: 31 + 29 + 1 = 61 days;
		 * 100 * (90 - 61) / 90 = 32.222222 */
		{{2019, 12, 31}, {2020, 3, 1}, 1, 1, 61, 32222222},
		/* a year later, no leap day: 31 + 28 + 1 = 60 days;
		 * 100 * 30 / 90 = 33.333333 */
		{{2020, 12, 31}, {2021, 3, 1}, 1, 1, 60, 33333333},
		{{2020, 12, 31}, {2021, 3, 1}, 1, 0, 60, 0},
		/* done on the due day: on time */
		{{2020, 3, 31}, {2020, 3, 31}, 1, 0, 0, F(100)},
		/* not done: 0, no delay */
		{{2020, 3, 31}, {2020, 1, 1}, 0, 1, -9999, 0},
	};
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		struct peg_phase_due pd = {
			peg_date_from_ymd(c[i].due[0], c[i].due[1], c[i].due[2]),
			c[i].done,
			peg_date_from_ymd(c[i].on[0], c[i].on[1], c[i].on[2])};
		struct peg_score_out o;
		const struct peg_kind_rule *r = c[i].linear ? &lin : &on;
		peg_phase_score(r->fn, r, &pd, &o);
		PEG_ASSERT_FIX(o.score, c[i].score);
		if (c[i].days != -9999) {
			assert_int_equal(o.has_late, 1);
			PEG_ASSERT_INT(o.days_late, c[i].days);
		} else
			assert_int_equal(o.has_late, 0);
	}
}

static void test_phases_errors(void **state)
{
	(void)state;
	struct loaded l;
	struct peg_phases ps;
	struct peg_phase_verifs pv;
	struct peg_sched sc;
	/* missing = error: the phases without a row are listed */
	load_phases(&l, &ps, &pv, &sc, "100", "1.F1,2020-03-31,,\n", "");
	assert_int_not_equal(l.rc, 0);
	PEG_ASSERT_CONTAINS(peg_test_diag(&l.d, 0),
			    "3 phases measured by indicators of kind phases "
			    "have no verification for 2020: '1.F2' (");
	PEG_ASSERT_CONTAINS(peg_test_diag(&l.d, 0),
			    "(add the rows, or set missing = zero in "
			    "[scoring])");
	release_phases(&l, &ps, &pv, &sc);
	/* an objective with no phase due in the year */
	peg_test_write(dir, "phases.csv",
		       "objective_id,phase_id,q1,q2,q3,q4,other\n"
		       "1,1.F1,,,,,2021: X\n",
		       0);
	struct peg_diag d;
	char path[4096];
	peg_diag_init(&d);
	memset(&l, 0, sizeof(l));
	assert_int_equal(peg_plan_load(&l.plan, dir, 2020, NULL, &d), 0);
	snprintf(path, sizeof(path), "%s/phases.csv", dir);
	assert_int_equal(peg_phases_load(&ps, path, &l.plan, NULL, &d), 0);
	snprintf(path, sizeof(path), "%s/verifiche.csv", dir);
	assert_int_equal(peg_verifs_load(&l.verifs, path, &l.plan, 2020, NULL,
					 &d),
			 0);
	assert_int_equal(peg_rules_defaults(&l.rules, &d), 0);
	memset(&pv, 0, sizeof(pv));
	assert_int_equal(peg_sched_eval(&sc, &ps, &pv,
					&l.rules.kind[PEG_KIND_PHASES], 2020,
					peg_date_from_ymd(2020, 12, 31), 1),
			 0);
	assert_int_equal(peg_score_plan_sched(&l.scores, &l.plan, &l.verifs,
					      &sc, &l.rules, 2020, NULL, &d),
			 -1);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "indicators.csv:2: indicator '1.1' is of kind "
			    "phases, but objective '1' has no phase due in 2020");
	l.d = d;
	release_phases(&l, &ps, &pv, &sc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_functions),
		cmocka_unit_test(test_aggregate),
		cmocka_unit_test(test_all_neutralized),
		cmocka_unit_test(test_missing_policy),
		cmocka_unit_test(test_unknown_incentivized),
		cmocka_unit_test(test_judgement_kind_needs_status),
		cmocka_unit_test(test_rescore),
		cmocka_unit_test(test_phases_functions),
		cmocka_unit_test(test_phase_score),
		cmocka_unit_test(test_phases_errors),
	};
	return cmocka_run_group_tests_name("score", tests, setup, teardown);
}
