/*
 * test_monitor.c - in-year monitoring: a small plan with a partial
 * verification file, and the demo year (fixtures/sesto-2020) at several
 * dates, where what is due, done, late or ahead changes as the date
 * moves.  The expected states are worked out by hand from the fixture's
 * rows, quoted in the comments.
 */
#include <sys/stat.h>

#include "monitor.h"
#include "peg_test.h"

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

static struct peg_monitor *load(const char *runfile)
{
	struct peg_diag d;
	struct peg_monitor *m = NULL;
	peg_diag_init(&d);
	if (peg_monitor_load(&m, runfile, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_diag_release(&d);
	return m;
}

static void at(struct peg_monitor *m, const char *date)
{
	struct peg_diag d;
	peg_diag_init(&d);
	if (peg_monitor_compute(m, date, &d))
		fail_msg("%s: %s", date, peg_test_diag(&d, 0));
	peg_diag_release(&d);
}

static size_t obj(const struct peg_monitor *m, const char *id)
{
	size_t k;
	if (!peg_map_get(&m->plan.obj_by_id, id, &k))
		fail_msg("no objective %s", id);
	return k;
}

static const struct peg_phase_eval *phase(const struct peg_monitor *m,
					  const char *id)
{
	size_t k;
	if (!peg_map_get(&m->phases.by_id, id, &k))
		fail_msg("no phase %s", id);
	return &m->sched.ph[k];
}

static const struct peg_mon_ind *ind(const struct peg_monitor *m,
				     const char *id)
{
	long i = peg_plan_find_indicator(&m->plan, id, m->rf.year);
	if (i < 0)
		fail_msg("no indicator %s", id);
	return &m->ind[i];
}

#define D(y, mo, d) peg_date_from_ymd(y, mo, d)

/* ---- a small plan, partly verified ------------------------------------ */

/*
 * S1: objective 1 = 1.1 deadline 2020-06-30 (no row), 1.2 count (no
 *     row), phases 1.F1 q1 (no row) and 1.F2 q2 (done 2020-06-01);
 *     objective 2 = 2.1 percent (80% verified).
 * S2: objective 3 = 3.1 neutralized; objective 4 = only a 2021 target.
 */
static void write_small(void)
{
	char p[4096];
	snprintf(p, sizeof(p), "%s/plan", dir);
	mkdir(p, 0700);
	peg_test_write(dir, "plan/objectives.csv",
		       "objective_id,sector,title\n"
		       "1,S1,Uno\n2,S1,Due\n3,S2,Tre\n4,S2,Quattro\n",
		       0);
	peg_test_write(dir, "plan/indicators.csv",
		       "objective_id,indicator_id,year,kind,target\n"
		       "1,1.1,2020,deadline,2020-06-30\n"
		       "1,1.2,2020,count,100\n"
		       "2,2.1,2020,percent,90%\n"
		       "3,3.1,2020,count,5\n"
		       "4,4.1,2021,count,5\n",
		       0);
	peg_test_write(dir, "plan/phases.csv",
		       "objective_id,phase_id,description,q1,q2,q3,q4\n"
		       "1,1.F1,avvio,X,,,\n"
		       "1,1.F2,gara,,X,,\n",
		       0);
	peg_test_write(dir, "verifiche.csv",
		       "indicator_id,actual,status,note\n"
		       "2.1,80%,,\n"
		       "3.1,,neutralized,sciopero\n",
		       0);
	peg_test_write(dir, "fasi.csv", "phase_id,done\n1.F2,2020-06-01\n", 0);
	peg_test_write(dir, "rules.ini", "", 0);
	peg_test_write(dir, "run.ini",
		       "[run]\nyear = 2020\nplan = plan\n"
		       "verification = verifiche.csv\n"
		       "phase_verification = fasi.csv\n"
		       "staff = no-such-file.csv\n"
		       "rules = rules.ini\noutput = out\n",
		       0);
}

static void test_small_plan(void **state)
{
	(void)state;
	char run[4096];
	write_small();
	snprintf(run, sizeof(run), "%s/run.ini", dir);
	/* the staff file is never read: monitoring does not need it */
	struct peg_monitor *m = load(run);

	/* 15 July: 1.1 due 30 June without a row: missing, 15 days;
	 * 1.F1 due 31 March: missing, 30 + 31 + 30 + 15 = 106 days;
	 * 1.F2 done 1 June (due 30 June) on time; 1.2 and 2.1 are due at
	 * year end */
	at(m, "2020-07-15");
	assert_int_equal(ind(m, "1.1")->state, PEG_PH_MISSING);
	PEG_ASSERT_INT(ind(m, "1.1")->days_late, 15);
	assert_int_equal(phase(m, "1.F1")->state, PEG_PH_MISSING);
	PEG_ASSERT_INT(phase(m, "1.F1")->days_late, 106);
	assert_int_equal(phase(m, "1.F2")->state, PEG_PH_ON_TIME);
	assert_int_equal(ind(m, "1.2")->state, PEG_PH_NOT_YET_DUE);
	assert_int_equal(ind(m, "2.1")->state, PEG_PH_NOT_YET_DUE);
	assert_int_equal(ind(m, "3.1")->state, PEG_PH_NEUTRALIZED);
	assert_int_equal(m->obj[obj(m, "1")].trend, PEG_TR_MISSING);
	assert_int_equal(m->obj[obj(m, "1")].next_due, D(2020, 12, 31));
	assert_int_equal(m->obj[obj(m, "2")].trend, PEG_TR_ON_TRACK);
	/* 3: its only indicator neutralized; 4: nothing in 2020 */
	assert_int_equal(m->obj[obj(m, "3")].trend, PEG_TR_NOT_MEASURABLE);
	assert_int_equal(m->obj[obj(m, "4")].trend, PEG_TR_NOT_MEASURABLE);
	assert_string_equal(m->sec[0].name, "S1");
	assert_int_equal(m->sec[0].worst, PEG_TR_MISSING);
	assert_int_equal(m->sec[1].worst, PEG_TR_NOT_MEASURABLE);
	assert_int_equal(m->ente.worst, PEG_TR_MISSING);
	PEG_ASSERT_INT(m->ente.trend[PEG_TR_NOT_MEASURABLE], 2);
	/* items of S1: 1.1, 1.2, 2.1 and two phases */
	PEG_ASSERT_INT(m->sec[0].c.indicators + m->sec[0].c.phases, 5);

	/* the folder: the summary says what is missing */
	struct peg_monitor_options opt = {NULL, 0, PEG_LANG_IT};
	struct peg_diag d;
	char out[4096], path[4200];
	snprintf(out, sizeof(out), "%s/mon", dir);
	opt.output = out;
	peg_diag_init(&d);
	assert_int_equal(peg_monitor_write(m, &opt, &d), 0);
	snprintf(path, sizeof(path), "%s/summary.txt", out);
	FILE *fp = fopen(path, "r");
	assert_non_null(fp);
	char buf[8192];
	size_t n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	PEG_ASSERT_CONTAINS(buf, "Data del monitoraggio: 15/07/2020\n");
	PEG_ASSERT_CONTAINS(buf,
			    "  Obiettivi: 4 (in ritardo 0, verifiche mancanti "
			    "1, in anticipo 0, in linea 1, non misurabili 2)\n");
	PEG_ASSERT_CONTAINS(buf,
			    "  1 (Settore S1), verifiche mancanti: indicatore "
			    "1.1 (scadenza 30/06/2020) verifica mancante; fase "
			    "1.F1 (scadenza 31/03/2020) verifica mancante\n");
	/* the default folder is named after the run output and the date */
	opt.output = NULL;
	assert_int_equal(peg_monitor_write(m, &opt, &d), 0);
	PEG_ASSERT_CONTAINS(peg_monitor_output_dir(m), "/out-monitor-2020-07-15");

	/* 10 January 2021: the year is over: 1.2 missing (10 days), 2.1
	 * verified; 1.F1 still missing */
	at(m, "10/01/2021");
	assert_int_equal(ind(m, "1.2")->state, PEG_PH_MISSING);
	PEG_ASSERT_INT(ind(m, "1.2")->days_late, 10);
	assert_int_equal(ind(m, "2.1")->state, PEG_PH_ON_TIME);
	assert_int_equal(m->obj[obj(m, "2")].trend, PEG_TR_ON_TRACK);
	assert_int_equal(m->obj[obj(m, "1")].has_next, 0);

	/* a date that is not a date */
	assert_int_equal(peg_monitor_compute(m, "31/02/2020", &d), -1);
	PEG_ASSERT_CONTAINS(peg_test_diag(&d, 0),
			    "--at '31/02/2020': no such day in that month");
	assert_int_equal(peg_diag_code(&d), PEG_EUSAGE);
	peg_diag_release(&d);
	peg_monitor_free(m);
}

/* ---- the demo year ----------------------------------------------------- */

#define DEMO "fixtures/sesto-2020/run.ini"

struct obj_at {
	const char *date;
	enum peg_trend trend;
	size_t on_time, late, not_done, not_yet_due, ahead;
	const char *next; /* next due date, NULL if none */
};

static void check_obj(struct peg_monitor *m, const char *id,
		      const struct obj_at *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		at(m, c[i].date);
		const struct peg_mon_obj *o = &m->obj[obj(m, id)];
		if (o->trend != c[i].trend)
			fail_msg("%s at %s: %s, expected %s", id, c[i].date,
				 peg_trend_name(o->trend),
				 peg_trend_name(c[i].trend));
		if (o->c.state[PEG_PH_ON_TIME] != c[i].on_time ||
		    o->c.state[PEG_PH_LATE] != c[i].late ||
		    o->c.state[PEG_PH_NOT_DONE] != c[i].not_done ||
		    o->c.state[PEG_PH_NOT_YET_DUE] != c[i].not_yet_due ||
		    o->c.ahead != c[i].ahead)
			fail_msg("%s at %s: on time %zu, late %zu, not done "
				 "%zu, not yet due %zu, ahead %zu",
				 id, c[i].date, o->c.state[PEG_PH_ON_TIME],
				 o->c.state[PEG_PH_LATE],
				 o->c.state[PEG_PH_NOT_DONE],
				 o->c.state[PEG_PH_NOT_YET_DUE], o->c.ahead);
		assert_int_equal(o->has_next, c[i].next != NULL);
		if (c[i].next) {
			char b[PEG_NUMBUF];
			assert_string_equal(peg_date_str(o->next_due, b),
					    c[i].next);
		}
	}
}

/*
 * Card 35 ("rispetto dei tempi delle singole fasi"): phases 35.F1 q1
 * (due 31/03), 35.F2 q2 (30/06), 35.F3 q4 and 35.F4 q4 (31/12), and
 * indicator 35.1 of kind phases (due at year end).  verifiche-fasi.csv:
 * F1 done 2020-02-20, F2 2020-06-06, F3 2020-10-25, F4 2021-02-12.
 */
static void test_demo_card_35(void **state)
{
	(void)state;
	struct peg_monitor *m = load(DEMO);
	static const struct obj_at c[] = {
		/* F1 done, due today: on time, not ahead; four items not yet due */
		{"2020-03-31", PEG_TR_ON_TRACK, 1, 0, 0, 4, 0, "2020-06-30"},
		/* F2 done on 6 June, due 30 June: ahead */
		{"2020-06-06", PEG_TR_AHEAD, 2, 0, 0, 3, 1, "2020-12-31"},
		/* 1 July: F2 is no longer ahead, only on time */
		{"2020-07-01", PEG_TR_ON_TRACK, 2, 0, 0, 3, 0, "2020-12-31"},
		/* F3 done 25 October, due 31 December: ahead */
		{"2020-11-01", PEG_TR_AHEAD, 3, 0, 0, 2, 1, "2020-12-31"},
		/* 15 January 2021: F4 and 35.1 overdue by 15 days */
		{"2021-01-15", PEG_TR_BEHIND, 3, 0, 2, 0, 0, NULL},
		/* 1 March 2021: F4 done 12 February, 31 + 12 = 43 days late;
		 * 35.1 now measured from its phases */
		{"2021-03-01", PEG_TR_BEHIND, 4, 1, 0, 0, 0, NULL},
	};
	check_obj(m, "35", c, sizeof(c) / sizeof(c[0]));
	/* the last date: F4's delay, 35.1 verified */
	assert_int_equal(phase(m, "35.F4")->state, PEG_PH_LATE);
	PEG_ASSERT_INT(phase(m, "35.F4")->days_late, 43);
	assert_int_equal(ind(m, "35.1")->state, PEG_PH_ON_TIME);
	at(m, "2021-01-15");
	PEG_ASSERT_INT(phase(m, "35.F4")->days_late, 15);
	assert_int_equal(ind(m, "35.1")->state, PEG_PH_NOT_DONE);
	peg_monitor_free(m);
}

/*
 * Card 52: 52.1 deadline 2020-05-31 done 2020-07-18 (verifiche.csv);
 * phase 52.F1 q1 q2 (due 30/06) done 2020-05-01.
 */
static void test_demo_card_52(void **state)
{
	(void)state;
	struct peg_monitor *m = load(DEMO);
	static const struct obj_at c[] = {
		{"2020-04-30", PEG_TR_ON_TRACK, 0, 0, 0, 2, 0, "2020-05-31"},
		/* F1 done two months before its due date */
		{"2020-05-01", PEG_TR_AHEAD, 1, 0, 0, 1, 1, "2020-05-31"},
		/* 52.1 due today: not late yet */
		{"2020-05-31", PEG_TR_AHEAD, 1, 0, 0, 1, 1, "2020-05-31"},
		/* one day later it is overdue */
		{"2020-06-01", PEG_TR_BEHIND, 1, 0, 1, 0, 1, NULL},
		/* done 18 July: 30 + 18 = 48 days late */
		{"2020-07-18", PEG_TR_BEHIND, 1, 1, 0, 0, 0, NULL},
	};
	check_obj(m, "52", c, sizeof(c) / sizeof(c[0]));
	PEG_ASSERT_INT(ind(m, "52.1")->days_late, 48);
	at(m, "2020-06-01");
	PEG_ASSERT_INT(ind(m, "52.1")->days_late, 1);
	peg_monitor_free(m);
}

/* As the date moves, what is due only grows: the items not yet due
 * shrink, those due (done, late, overdue, missing) grow; at the end of
 * the year nothing is left not yet due but what is due on 31 December. */
static void test_demo_moving_date(void **state)
{
	(void)state;
	struct peg_monitor *m = load(DEMO);
	static const char *const dates[] = {"2020-01-01", "2020-03-31",
					    "2020-06-30", "2020-09-30",
					    "2020-12-31", "2021-01-01"};
	size_t prev_yet = (size_t)-1, prev_due = 0;
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		at(m, dates[i]);
		const struct peg_mon_counts *c = &m->ente.c;
		size_t due = c->state[PEG_PH_ON_TIME] + c->state[PEG_PH_LATE] +
			     c->state[PEG_PH_NOT_DONE] +
			     c->state[PEG_PH_MISSING];
		if (c->state[PEG_PH_NOT_YET_DUE] > prev_yet || due < prev_due)
			fail_msg("%s: not yet due %zu, due %zu", dates[i],
				 c->state[PEG_PH_NOT_YET_DUE], due);
		prev_yet = c->state[PEG_PH_NOT_YET_DUE];
		prev_due = due;
		PEG_ASSERT_INT(m->ente.objectives, 82);
	}
	/* after the year end, nothing of 2020 is not yet due */
	PEG_ASSERT_INT(m->ente.c.state[PEG_PH_NOT_YET_DUE], 0);
	/* 412 phases: 328 due in 2020, 84 not scheduled in it */
	PEG_ASSERT_INT(m->ente.c.phases, 328);
	PEG_ASSERT_INT(m->ente.c.unscheduled, 84);
	peg_monitor_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small_plan),
		cmocka_unit_test(test_demo_card_35),
		cmocka_unit_test(test_demo_card_52),
		cmocka_unit_test(test_demo_moving_date),
	};
	return cmocka_run_group_tests_name("monitor", tests, setup, teardown);
}
