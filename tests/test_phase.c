/*
 * test_phase.c - the schedule: how the marks of a phase become due dates
 * (quarter ends, leap years, phases over several quarters, texts in a
 * quarter cell, other years, dates written in a cell), the phase
 * verification file, and the state of phases at a date as monitoring
 * sees it.  Every due date and delay below is worked out by hand.
 */
#include "peg_test.h"
#include "phase.h"
#include "plan.h"
#include "rules.h"
#include "sched.h"

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

#define D(y, m, d) peg_date_from_ymd(y, m, d)

/* Quarter ends are fixed days; the days inside Q1 are not. */
static void test_quarter_ends(void **state)
{
	(void)state;
	assert_int_equal(peg_quarter_end(2020, 1), D(2020, 3, 31));
	assert_int_equal(peg_quarter_end(2020, 2), D(2020, 6, 30));
	assert_int_equal(peg_quarter_end(2020, 3), D(2020, 9, 30));
	assert_int_equal(peg_quarter_end(2020, 4), D(2020, 12, 31));
	/* Q1 2020 has 31 + 29 + 31 = 91 days, Q1 2021 has 90 */
	PEG_ASSERT_INT(peg_quarter_end(2020, 1) - D(2019, 12, 31), 91);
	PEG_ASSERT_INT(peg_quarter_end(2021, 1) - D(2020, 12, 31), 90);
	/* 2100 is not a leap year: 90 */
	PEG_ASSERT_INT(peg_quarter_end(2100, 1) - D(2099, 12, 31), 90);
}

struct sched_case {
	const char *what;
	const char *q[4], *other;
	int year;          /* asked */
	int due_y, due_m, due_d; /* 0: no due date that year */
	size_t nslot;
	const char *note;  /* expected note, or NULL for "" */
	int plan_year;     /* of the quarter cells; 0 = 2020 */
};

static const struct sched_case sched_cases[] = {
	{"one quarter", {"X", "", "", ""}, "", 2020, 2020, 3, 31, 1, NULL, 0},
	{"lower-case x", {"", "x", "", ""}, "", 2020, 2020, 6, 30, 1, NULL, 0},
	/* several quarters: due at the end of the last one */
	{"Q1 and Q2", {"X", "X", "", ""}, "", 2020, 2020, 6, 30, 2, NULL, 0},
	{"whole year", {"X", "X", "X", "X"}, "", 2020, 2020, 12, 31, 4, NULL, 0},
	{"Q2 and Q4 with a gap", {"", "X", "", "X"}, "", 2020, 2020, 12, 31,
	 2, NULL, 0},
	/* a text in a quarter cell is a mark of that quarter */
	{"Delibera G.C.", {"Delibera G.C.", "", "", ""}, "", 2020, 2020, 3,
	 31, 1, NULL, 0},
	{"determina dirigenziale", {"", "determina dirigenziale", "", ""}, "",
	 2020, 2020, 6, 30, 1, NULL, 0},
	/* a date written in the cell is the due date */
	{"dates in the cells",
	 {"10/01/2020", "10/04/2020", "10/07/2020", "10/10/2020"}, "", 2020,
	 2020, 10, 10, 4, NULL, 0},
	/* a cell naming another year plans that year, not this quarter */
	{"2021 in Q4", {"", "", "", "2021"}, "", 2020, 0, 0, 0, 1, NULL, 0},
	{"2021 in Q4, asked for 2021", {"", "", "", "2021"}, "", 2021, 2021,
	 12, 31, 1, NULL, 0},
	{"Primo trimestre 2021 in Q4", {"", "", "", "Primo trimestre 2021"},
	 "", 2021, 2021, 3, 31, 1, NULL, 0},
	{"entro dicembre 2019 in Q1", {"(entro dicembre 2019)", "", "", ""},
	 "", 2019, 2019, 12, 31, 1, NULL, 0},
	{"per il 2021", {"", "", "", "per il 2021 in maniera trasversale"}, "",
	 2020, 0, 0, 0, 1, NULL, 0},
	/* pluriennale without a year gives no date: a note */
	{"pluriennale in Q4", {"", "", "", "FASE DA ESPLETARE NEL PLURIENNALE"},
	 "", 2020, 0, 0, 0, 0, "FASE DA ESPLETARE NEL PLURIENNALE", 0},
	{"no mark", {"", "", "", ""}, "", 2020, 0, 0, 0, 0, NULL, 0},
	/* other: LABEL: VALUE entries */
	{"other: dates per year", {"", "", "", ""},
	 "2020: entro il 31/05/2020; 2021: entro il 31/05/2021", 2020, 2020, 5,
	 31, 2, NULL, 0},
	{"other: dates per year, 2021", {"", "", "", ""},
	 "2020: entro il 31/05/2020; 2021: entro il 31/05/2021", 2021, 2021, 5,
	 31, 2, NULL, 0},
	{"other: quarters of the next year", {"X", "", "", ""},
	 "primo trimestre 2021: X; quarto trimestre 2021: X", 2021, 2021, 12,
	 31, 3, NULL, 0},
	{"other: a whole year", {"", "", "", ""}, "2020: X; 2021: X", 2020,
	 2020, 12, 31, 2, NULL, 0},
	{"other: an earlier year", {"", "", "", ""},
	 "2019: entro il 31/07/2019", 2020, 0, 0, 0, 1, NULL, 0},
	{"other: pluriennale", {"", "", "", ""}, "column 7: Fase pluriennale",
	 2020, 0, 0, 0, 0, "column 7: Fase pluriennale", 0},
	/* 29 February exists in 2020: a date written on it */
	{"leap day written", {"entro il 29/02/2020", "", "", ""}, "", 2020,
	 2020, 2, 29, 1, NULL, 0},
	/* 29/02/2021 is no date: the cell is a mark of its quarter */
	{"no such day", {"entro il 29/02/2021", "", "", ""}, "", 2021, 2021, 3,
	 31, 1, NULL, 2021},
};

static void test_schedule(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(sched_cases) / sizeof(sched_cases[0]);
	     i++) {
		const struct sched_case *c = &sched_cases[i];
		struct peg_arena a = {0};
		struct peg_phase ph;
		memset(&ph, 0, sizeof(ph));
		int plan_year = c->plan_year ? c->plan_year : 2020;
		if (peg_phase_schedule(&a, plan_year, c->q, c->other, &ph.slot,
				       &ph.nslot, &ph.note))
			fail_msg("%s: out of memory", c->what);
		if (ph.nslot != c->nslot)
			fail_msg("%s: %zu slots, expected %zu", c->what,
				 ph.nslot, c->nslot);
		peg_date due = 0;
		int has = peg_phase_due(&ph, c->year, &due);
		if (has != (c->due_y != 0))
			fail_msg("%s: due in %d: %d", c->what, c->year, has);
		if (has && due != D(c->due_y, c->due_m, c->due_d)) {
			char b[PEG_NUMBUF];
			fail_msg("%s: due %s", c->what, peg_date_str(due, b));
		}
		assert_string_equal(ph.note, c->note ? c->note : "");
		peg_arena_release(&a);
	}
}

/* The marks of a year as the outputs show them, and why a phase has no
 * date in a year. */
static void test_describe(void **state)
{
	(void)state;
	struct peg_arena a = {0};
	struct peg_buf b = {0};
	struct peg_phase ph;
	int sch;
	const char *q[4] = {"X", "", "Delibera G.C.", ""};
	memset(&ph, 0, sizeof(ph));
	assert_int_equal(peg_phase_schedule(&a, 2020, q, "2021: X", &ph.slot,
					    &ph.nslot, &ph.note),
			 0);
	peg_phase_describe(&ph, 2020, &b, &sch);
	assert_int_equal(sch, 1);
	assert_string_equal(peg_buf_str(&b), "q1: X; q3: Delibera G.C.");
	peg_buf_reset(&b);
	peg_phase_describe(&ph, 2022, &b, &sch);
	assert_int_equal(sch, 0);
	assert_string_equal(peg_buf_str(&b), "scheduled in 2020, 2021");
	const char *none[4] = {"", "", "", ""};
	assert_int_equal(peg_phase_schedule(&a, 2020, none, "", &ph.slot,
					    &ph.nslot, &ph.note),
			 0);
	peg_buf_reset(&b);
	peg_phase_describe(&ph, 2020, &b, &sch);
	assert_string_equal(peg_buf_str(&b), "no quarter marked");
	peg_buf_release(&b);
	peg_arena_release(&a);
}

/* ---- states at a date -------------------------------------------------- */

/*
 * Four phases of objective 1 in 2020:
 *   1.F1 q1     due 2020-03-31, done 2020-03-20
 *   1.F2 q1 q2  due 2020-06-30, done 2020-07-15 (15 days late)
 *   1.F3 q3     due 2020-09-30, done 2020-08-01 (before its due date)
 *   1.F4 q4     due 2020-12-31, not done
 *   1.F5 (no quarter of 2020: "2021")
 *   1.F6 q2     due 2020-06-30, no row
 */
static void load_sched(struct peg_plan *p, struct peg_phases *ps,
		       struct peg_phase_verifs *pv, struct peg_rules *r,
		       struct peg_diag *d)
{
	char path[4096];
	peg_test_write(dir, "objectives.csv",
		       "objective_id,sector,title\n1,S,Uno\n", 0);
	peg_test_write(dir, "indicators.csv",
		       "objective_id,indicator_id,kind,target\n"
		       "1,1.1,phases,\n",
		       0);
	peg_test_write(dir, "phases.csv",
		       "objective_id,phase_id,q1,q2,q3,q4\n"
		       "1,1.F1,X,,,\n"
		       "1,1.F2,X,X,,\n"
		       "1,1.F3,,,X,\n"
		       "1,1.F4,,,,X\n"
		       "1,1.F5,,,,2021\n"
		       "1,1.F6,,X,,\n",
		       0);
	peg_test_write(dir, "fasi.csv",
		       "phase_id,year,done,status,note\n"
		       "1.F1,2020,2020-03-20,,\n"
		       "1.F2,2020,15/07/2020,,\n"
		       "1.F3,2020,2020-08-01,done,\n"
		       "1.F4,2020,,not_done,\n",
		       0);
	assert_int_equal(peg_plan_load(p, dir, 2020, NULL, d), 0);
	snprintf(path, sizeof(path), "%s/phases.csv", dir);
	assert_int_equal(peg_phases_load(ps, path, p, NULL, d), 0);
	snprintf(path, sizeof(path), "%s/fasi.csv", dir);
	assert_int_equal(peg_phase_verifs_load(pv, path, ps, 2020, NULL, d), 0);
	assert_int_equal(peg_rules_defaults(r, d), 0);
}

#define ON PEG_PH_ON_TIME
#define LATE PEG_PH_LATE
#define NOTD PEG_PH_NOT_DONE
#define MISS PEG_PH_MISSING
#define YET PEG_PH_NOT_YET_DUE
#define NOSC PEG_PH_NOT_SCHEDULED

static void test_states_at_dates(void **state)
{
	(void)state;
	struct peg_plan p;
	struct peg_phases ps;
	struct peg_phase_verifs pv;
	struct peg_rules r;
	struct peg_diag d;
	peg_diag_init(&d);
	load_sched(&p, &ps, &pv, &r, &d);
	static const struct {
		int y, m, dd;
		int final;
		int st[6];
		long days[6]; /* -1: none */
		int ahead[6];
	} c[] = {
		/* 1 March: nothing is due yet, nothing done */
		{2020, 3, 1, 0, {YET, YET, YET, YET, NOSC, YET},
		 {-1, -1, -1, -1, -1, -1}, {0}},
		/* 31 March: F1 done (due today, not ahead) */
		{2020, 3, 31, 0, {ON, YET, YET, YET, NOSC, YET},
		 {-1, -1, -1, -1, -1, -1}, {0}},
		/* 1 July: F2 and F6 overdue by 1 day; F6 has no row */
		{2020, 7, 1, 0, {ON, NOTD, YET, YET, NOSC, MISS},
		 {-1, 1, -1, -1, -1, 1}, {0}},
		/* 15 July: F2 done late by 15 days (30 June + 15) */
		{2020, 7, 15, 0, {ON, LATE, YET, YET, NOSC, MISS},
		 {-1, 15, -1, -1, -1, 15}, {0}},
		/* 1 August: F3 done two months early: ahead */
		{2020, 8, 1, 0, {ON, LATE, ON, YET, NOSC, MISS},
		 {-1, 15, -1, -1, -1, 32}, {0, 0, 1, 0, 0, 0}},
		/* 31 December: F4 due today, not late yet */
		{2020, 12, 31, 0, {ON, LATE, ON, YET, NOSC, MISS},
		 {-1, 15, -1, -1, -1, 184}, {0}},
		/* 1 January 2021: F4 overdue by 1 day */
		{2021, 1, 1, 0, {ON, LATE, ON, NOTD, NOSC, MISS},
		 {-1, 15, -1, 1, -1, 185}, {0}},
		/* year end (final): every phase of 2020 is due */
		{2020, 12, 31, 1, {ON, LATE, ON, NOTD, NOSC, MISS},
		 {-1, 15, -1, -1, -1, -1}, {0}},
	};
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		struct peg_sched s;
		assert_int_equal(peg_sched_eval(&s, &ps, &pv,
						&r.kind[PEG_KIND_PHASES], 2020,
						D(c[i].y, c[i].m, c[i].dd),
						c[i].final),
				 0);
		for (size_t k = 0; k < 6; k++) {
			const struct peg_phase_eval *e = &s.ph[k];
			if ((int)e->state != c[i].st[k])
				fail_msg("%d-%02d-%02d %s: %s, expected %s",
					 c[i].y, c[i].m, c[i].dd, ps.ph[k].id,
					 peg_phase_state_name(e->state),
					 peg_phase_state_name(c[i].st[k]));
			if (c[i].days[k] >= 0 &&
			    (!e->has_days || e->days_late != c[i].days[k]))
				fail_msg("%d-%02d-%02d %s: %ld days", c[i].y,
					 c[i].m, c[i].dd, ps.ph[k].id,
					 e->days_late);
			if (c[i].days[k] < 0 && e->has_days)
				fail_msg("%d-%02d-%02d %s: days %ld, none "
					 "expected",
					 c[i].y, c[i].m, c[i].dd, ps.ph[k].id,
					 e->days_late);
			assert_int_equal(e->ahead, c[i].ahead[k]);
		}
		peg_sched_release(&s);
	}
	/* final: the scores of [kind phases] (on_time): 100, 0, 100, 0, -,
	 * 0 (missing scores 0) */
	struct peg_sched s;
	assert_int_equal(peg_sched_eval(&s, &ps, &pv, &r.kind[PEG_KIND_PHASES],
					2020, D(2020, 12, 31), 1),
			 0);
	static const peg_fix score[6] = {PEG_FIX(100), 0, PEG_FIX(100), 0, 0,
					 0};
	static const int counted[6] = {1, 1, 1, 1, 0, 1};
	for (size_t k = 0; k < 6; k++) {
		assert_int_equal(s.ph[k].counted, counted[k]);
		PEG_ASSERT_FIX(s.ph[k].score, score[k]);
	}
	PEG_ASSERT_INT(s.count[PEG_PH_ON_TIME], 2);
	PEG_ASSERT_INT(s.count[PEG_PH_NOT_SCHEDULED], 1);
	peg_sched_release(&s);
	/* grace 20 days: F2 (15 days) is on time, F6 overdue from 21 July */
	peg_rules_release(&r);
	peg_test_write(dir, "r.ini", "[kind phases]\ngrace_days = 20\n", 0);
	char rp[4096];
	snprintf(rp, sizeof(rp), "%s/r.ini", dir);
	assert_int_equal(peg_rules_load(&r, rp, &d), 0);
	assert_int_equal(peg_sched_eval(&s, &ps, &pv, &r.kind[PEG_KIND_PHASES],
					2020, D(2020, 7, 20), 0),
			 0);
	assert_int_equal(s.ph[1].state, PEG_PH_ON_TIME);
	assert_int_equal(s.ph[5].state, PEG_PH_NOT_YET_DUE);
	peg_sched_release(&s);
	assert_int_equal(peg_sched_eval(&s, &ps, &pv, &r.kind[PEG_KIND_PHASES],
					2020, D(2020, 7, 21), 0),
			 0);
	assert_int_equal(s.ph[5].state, PEG_PH_MISSING);
	PEG_ASSERT_INT(s.ph[5].days_late, 1);
	peg_sched_release(&s);
	peg_rules_release(&r);
	peg_phase_verifs_release(&pv);
	peg_phases_release(&ps);
	peg_plan_release(&p);
	peg_diag_release(&d);
}

/* Rows of the phase verification file: every year kept, found by
 * phase and year, whatever the order of the rows. */
static void test_verification_rows(void **state)
{
	(void)state;
	struct peg_plan p;
	struct peg_phases ps;
	struct peg_phase_verifs pv;
	struct peg_rules r;
	struct peg_diag d;
	char path[4096];
	peg_diag_init(&d);
	load_sched(&p, &ps, &pv, &r, &d);
	peg_phase_verifs_release(&pv);
	peg_test_write(dir, "fasi.csv",
		       "phase_id;year;done;status;note\n"
		       "1.F5;2021;30/12/2021;svolta;\n"
		       "1.F1;;20/03/2020;;\n"
		       "1.F4;2020;;neutralizzata;sisma\n"
		       "1.F5;2020;;non_svolta;\n",
		       0);
	snprintf(path, sizeof(path), "%s/fasi.csv", dir);
	assert_int_equal(peg_phase_verifs_load(&pv, path, &ps, 2020, NULL, &d),
			 0);
	assert_int_equal(pv.n, 4);
	const struct peg_phase_verif *v = peg_phase_verif_find(&pv, 4, 2021);
	assert_non_null(v);
	assert_int_equal(v->status, PEG_PS_DONE);
	assert_int_equal(v->done, D(2021, 12, 30));
	v = peg_phase_verif_find(&pv, 0, 2020);
	assert_non_null(v);
	assert_int_equal(v->done, D(2020, 3, 20));
	assert_int_equal(peg_phase_verif_find(&pv, 3, 2020)->status,
			 PEG_PS_NEUTRALIZED);
	assert_string_equal(peg_phase_verif_find(&pv, 3, 2020)->note, "sisma");
	assert_int_equal(peg_phase_verif_find(&pv, 4, 2020)->status,
			 PEG_PS_NOT_DONE);
	assert_null(peg_phase_verif_find(&pv, 1, 2020));
	assert_null(peg_phase_verif_find(&pv, 0, 2021));
	peg_rules_release(&r);
	peg_phase_verifs_release(&pv);
	peg_phases_release(&ps);
	peg_plan_release(&p);
	peg_diag_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quarter_ends),
		cmocka_unit_test(test_schedule),
		cmocka_unit_test(test_describe),
		cmocka_unit_test(test_states_at_dates),
		cmocka_unit_test(test_verification_rows),
	};
	return cmocka_run_group_tests_name("phase", tests, setup, teardown);
}
