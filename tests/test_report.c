/*
 * test_report.c - the reports: the message table (complete in both
 * languages, templates filled with their figures), the words of statuses,
 * the histogram and the Gini index worked out by hand, report.html
 * (escaping, self-contained, language, the schedule and multi-year
 * sections), report.xlsx and report.html
 * written twice give the same bytes, and the Italian CSV dialect read back
 * with the project's own reader gives the same values as the standard one.
 */
#include <dirent.h>
#include <sys/stat.h>

#include "csvread.h"
#include "peg_test.h"
#include "report.h"
#include "run.h"
#include "util.h"

#define SCORING "fixtures/scoring/run.ini"
#define MINIPAY "fixtures/mini-pay/run.ini"

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

/* Loads, computes and writes runfile into out. */
static void write_run(const char *runfile, const char *out, enum peg_lang L,
		      enum peg_csv_choice csv)
{
	struct peg_diag d;
	struct peg_run *r = load(runfile);
	struct peg_run_options opt = {out, 1, L, csv};
	peg_diag_init(&d);
	if (peg_run_write(r, &opt, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_diag_release(&d);
	peg_run_free(r);
}

static char *read_out(const char *dir, const char *name)
{
	char p[8192];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	return peg_test_slurp(p, NULL);
}

/* ---- the message table ------------------------------------------------ */

/* The placeholders {1}..{9} a text uses, as a bit set. */
static unsigned placeholders(const char *s)
{
	unsigned set = 0;
	for (; *s; s++)
		if (s[0] == '{' && s[1] >= '1' && s[1] <= '9' && s[2] == '}')
			set |= 1u << (s[1] - '0');
	return set;
}

static void test_messages_complete(void **state)
{
	(void)state;
	for (int id = 0; id < M_COUNT_; id++) {
		const char *it = peg_msg(PEG_LANG_IT, (enum peg_msg)id);
		const char *en = peg_msg(PEG_LANG_EN, (enum peg_msg)id);
		if (!it || !*it || !en || !*en)
			fail_msg("message %d lacks a language", id);
		if (placeholders(it) != placeholders(en))
			fail_msg("message %d: '%s' and '%s' use different "
				 "figures",
				 id, it, en);
	}
}

/* Every indicator kind and every status has words of its own: a table
 * entry left out would be message 0 (the summary's title). */
static void test_kind_words(void **state)
{
	(void)state;
	for (int k = 0; k < PEG_KIND_COUNT_; k++) {
		enum peg_msg m = peg_kind_msg((enum peg_kind)k);
		if (m == (enum peg_msg)0)
			fail_msg("kind %s has no words", peg_kind_name(k));
		for (int j = 0; j < k; j++)
			if (peg_kind_msg((enum peg_kind)j) == m)
				fail_msg("kinds %s and %s have the same words",
					 peg_kind_name(j), peg_kind_name(k));
	}
	assert_string_equal(peg_msg(PEG_LANG_EN,
				    peg_kind_msg(PEG_KIND_PHASES)),
			    "phase schedule");
	for (int s = 0; s < PEG_RS_COUNT_; s++)
		if (peg_rstatus_msg((enum peg_rstatus)s) == (enum peg_msg)0)
			fail_msg("status %d has no words", s);
}

static void test_msg_fill(void **state)
{
	(void)state;
	struct peg_msg_arg art68[3] = {{PEG_ARG_CENTS, NULL, 60000},
				       {PEG_ARG_FIX, NULL, PEG_FIX(30)},
				       {PEG_ARG_CENTS, NULL, 160000}};
	struct peg_msg_arg art69[6] = {{PEG_ARG_TEXT, "pool individual", 0},
				       {PEG_ARG_COUNT, NULL, 2},
				       {PEG_ARG_COUNT, NULL, 20},
				       {PEG_ARG_CENTS, NULL, 123456},
				       {PEG_ARG_FIX, NULL, 30500000},
				       {PEG_ARG_CENTS, NULL, 99}};
	static const struct {
		enum peg_lang lang;
		enum peg_msg_style style;
		enum peg_msg id;
		int args; /* 0 art68, 1 art69 */
		const char *want;
	} cases[] = {
		/* the diagnostics' English, as before the table */
		{PEG_LANG_EN, PEG_MSG_PLAIN, M_LEGAL_ART68_OK, 0,
		 "individual pool 600.00 is at least the 30% of variable "
		 "resources 1600.00"},
		{PEG_LANG_EN, PEG_MSG_DISPLAY, M_LEGAL_ART68_FAIL, 0,
		 "individual pool EUR 600.00 is below the 30% of variable "
		 "resources EUR 1,600.00"},
		{PEG_LANG_IT, PEG_MSG_DISPLAY, M_LEGAL_ART68_OK, 0,
		 "il fondo per la performance individuale, 600,00 "
		 "\xe2\x82\xac, "
		 "\xc3\xa8 almeno il 30% delle risorse variabili, "
		 "1.600,00 \xe2\x82\xac"},
		/* 30.5 in the language; 1234.56 grouped; a count as is */
		{PEG_LANG_IT, PEG_MSG_DISPLAY, M_LEGAL_ART69_OK, 1,
		 "[pool individual] 2 beneficiari su 20; la maggiorazione "
		 "pi\xc3\xb9 bassa, 1.234,56 \xe2\x82\xac, \xc3\xa8 almeno il "
		 "30,5% del premio medio effettivo, 0,99 \xe2\x82\xac"},
		{PEG_LANG_EN, PEG_MSG_PLAIN, M_LEGAL_ART69_FAIL, 1,
		 "[pool individual] 2 beneficiaries of 20; smallest bonus "
		 "1234.56 is below 30.5% of the actual average premium 0.99"},
	};
	char buf[512];
	for (size_t i = 0; i < PEG_COUNT(cases); i++) {
		const struct peg_msg_arg *a = cases[i].args ? art69 : art68;
		size_t n = cases[i].args ? 6 : 3;
		assert_string_equal(peg_msg_fill(cases[i].lang, cases[i].style,
						 cases[i].id, a, n, buf,
						 sizeof(buf)),
				    cases[i].want);
	}
	/* truncated to the buffer, always terminated */
	char small[12];
	peg_msg_fill(PEG_LANG_EN, PEG_MSG_PLAIN, M_LEGAL_ART68_OK, art68, 3,
		     small, sizeof(small));
	assert_string_equal(small, "individual ");
	/* a placeholder without its figure stays as written */
	peg_msg_fill(PEG_LANG_EN, PEG_MSG_PLAIN, M_LEGAL_ART68_OK, art68, 1,
		     buf, sizeof(buf));
	assert_string_equal(buf, "individual pool 600.00 is at least the {2}% "
				 "of variable resources {3}");
}

static void test_formats(void **state)
{
	(void)state;
	char b[PEG_NUMBUF];
	assert_string_equal(peg_fmt_fix(PEG_LANG_IT, 1234500000, b), "1.234,5");
	assert_string_equal(peg_fmt_fix(PEG_LANG_EN, 1234500000, b), "1,234.5");
	assert_string_equal(peg_fmt_fix(PEG_LANG_IT, -500000, b), "-0,5");
	assert_string_equal(peg_fmt_plain(PEG_LANG_IT, "0.2691", b), "0,2691");
	peg_date d = peg_date_from_ymd(2020, 6, 30);
	assert_string_equal(peg_fmt_date(PEG_LANG_IT, d, b), "30/06/2020");
	assert_string_equal(peg_fmt_date(PEG_LANG_EN, d, b), "2020-06-30");
}

/* ---- statuses, histogram, Gini ---------------------------------------- */

static size_t ind(const struct peg_run *r, const char *id)
{
	long i = peg_plan_find_indicator(&r->plan, id, 2020);
	if (i < 0)
		fail_msg("no indicator %s", id);
	return (size_t)i;
}

static size_t obj(const struct peg_run *r, const char *id)
{
	size_t k;
	if (!peg_map_get(&r->plan.obj_by_id, id, &k))
		fail_msg("no objective %s", id);
	return k;
}

/* The scoring fixture's scores, worked out in test_run.c. */
static void test_statuses(void **state)
{
	(void)state;
	struct peg_run *r = load(SCORING);
	static const struct {
		const char *id;
		int objective;
		enum peg_rstatus want;
	} cases[] = {
		{"1.1", 0, PEG_RS_PARTLY},	/* 100*60/80 = 75 */
		{"1.2", 0, PEG_RS_MET},		/* 110, cap 120 */
		{"2.1", 0, PEG_RS_NOT_MET},	/* curve of 40 = 0 */
		{"8.1", 0, PEG_RS_NEUTRALIZED}, /* neutralized */
		{"9.2", 0, PEG_RS_NOT_DUE},	/* not_due in 2020 */
		{"10.1", 0, PEG_RS_MISSING},	/* no row, missing = zero */
		{"1", 1, PEG_RS_PARTLY},	/* 92.5 */
		{"8", 1, PEG_RS_MET},		/* 100 */
		{"9", 1, PEG_RS_NEUTRALIZED},	/* all neutralized/not due */
		{"12", 1, PEG_RS_NONE},		/* only a 2021 indicator */
	};
	for (size_t i = 0; i < PEG_COUNT(cases); i++) {
		enum peg_rstatus got =
			cases[i].objective
				? peg_obj_rstatus(r, obj(r, cases[i].id))
				: peg_ind_rstatus(r, ind(r, cases[i].id));
		if (got != cases[i].want)
			fail_msg("%s: status %d, expected %d", cases[i].id,
				 (int)got, (int)cases[i].want);
	}
	peg_run_free(r);
}

/*
 * mini-pay (see tests/golden/pay-fixture.t): person totals 596.15 (1, C),
 * 319.94 (2, D), 107.60 (3, B), 576.31 (4, C in both positions), 0 (5, A,
 * excluded).  Steps 1, 2, 2.5, 5, 10, 20, 25 euros need more than 12
 * classes for 596.15 (596.15 / 25 = 23.8); 50 needs floor(11.92) + 1 = 12.
 * Classes: 107.60 -> 2, 319.94 -> 6, 576.31 and 596.15 -> 11.
 * Gini of 107.60, 319.94, 576.31, 596.15 (sum 1600):
 * (-3*107.60 - 319.94 + 576.31 + 3*596.15) / (4*1600) = 1722.02 / 6400
 * = 0.26906... -> "0.2691".
 */
static void test_histogram_gini(void **state)
{
	(void)state;
	struct peg_run *r = load(MINIPAY);
	struct peg_hist h;
	assert_int_equal(peg_hist_build(&h, r, PEG_GROUP_STAFF, 12), 0);
	PEG_ASSERT_INT(h.step, 5000);
	PEG_ASSERT_INT(h.nbin, 12);
	PEG_ASSERT_INT(h.paid, 4);
	PEG_ASSERT_INT(h.unpaid, 1);
	long a = peg_payrules_area(&r->rules.pay, "A"),
	     b = peg_payrules_area(&r->rules.pay, "B"),
	     c = peg_payrules_area(&r->rules.pay, "C"),
	     d = peg_payrules_area(&r->rules.pay, "D");
	size_t total = 0;
	for (size_t i = 0; i < h.nbin * h.narea; i++)
		total += h.count[i];
	PEG_ASSERT_INT(total, 4);
	PEG_ASSERT_INT(h.count[2 * h.narea + (size_t)b], 1);
	PEG_ASSERT_INT(h.count[6 * h.narea + (size_t)d], 1);
	PEG_ASSERT_INT(h.count[11 * h.narea + (size_t)c], 2);
	(void)a;
	peg_hist_release(&h);

	size_t n;
	int oom;
	char g[PEG_NUMBUF];
	peg_cents *t = peg_group_totals(r, PEG_GROUP_STAFF, &n, &oom);
	PEG_ASSERT_INT(n, 4);
	PEG_ASSERT_INT(t[0], 10760);
	PEG_ASSERT_INT(t[3], 59615);
	assert_string_equal(peg_gini_str(t, n, g), "0.2691");
	free(t);
	/* no managers' pool: no totals */
	assert_null(peg_group_totals(r, PEG_GROUP_MANAGERS, &n, &oom));
	PEG_ASSERT_INT(n, 0);
	/* equal amounts: 0; one of two gets everything: (2-3)*0+(4-3)*x /
	 * (2x) = 0.5 */
	peg_cents eq[3] = {500, 500, 500}, one[2] = {0, 700};
	PEG_ASSERT_CLOSE(peg_gini(eq, 3), 0.0, 1e-12);
	PEG_ASSERT_CLOSE(peg_gini(one, 2), 0.5, 1e-12);
	peg_run_free(r);
}

/* ---- report.html ------------------------------------------------------ */

static void test_html_escaped_self_contained(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char cmd[8192], run[4096], out[4096];
	snprintf(cmd, sizeof(cmd), "cp -r fixtures/mini-pay/. %s/", tmp);
	assert_int_equal(system(cmd), 0);
	peg_test_write(tmp, "plan/objectives.csv",
		       "objective_id,year,sector,title,incentivized,weight\n"
		       "1,2020,Affari generali,\"Servizi \"\"Smart\"\" & "
		       "<b>digitali</b> dell'ente\",yes,1\n"
		       "2,2020,Polizia municipale,<script>alert(1)</script>,"
		       "yes,1\n",
		       0);
	peg_test_write(tmp, "plan/indicators.csv",
		       "objective_id,indicator_id,year,kind,target,weight,"
		       "description\n"
		       "1,1.1,2020,percent,80%,1,Atti < 5 giorni & oltre\n"
		       "1,1.2,2020,deadline,2020-06-30,1,Scadenza\n"
		       "2,2.1,2020,count,100,1,Controlli\n",
		       0);
	char *ini = read_out(tmp, "run.ini");
	char *p = strstr(ini, "Comune minimo");
	assert_non_null(p);
	struct peg_buf b = {0};
	peg_buf_add(&b, ini, (size_t)(p - ini));
	peg_buf_puts(&b, "Comune di \"Prova\" & <i>Co</i>");
	peg_buf_puts(&b, p + strlen("Comune minimo"));
	peg_test_write(tmp, "run.ini", b.data, 0);
	peg_buf_release(&b);
	free(ini);
	snprintf(run, sizeof(run), "%s/run.ini", tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	write_run(run, out, PEG_LANG_IT, PEG_CSV_RUNFILE);
	char *html = read_out(out, "report.html");
	PEG_ASSERT_CONTAINS(html, "Servizi &quot;Smart&quot; &amp; "
				  "&lt;b&gt;digitali&lt;/b&gt; dell&#39;ente");
	PEG_ASSERT_CONTAINS(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
	PEG_ASSERT_CONTAINS(html, "Atti &lt; 5 giorni &amp; oltre");
	PEG_ASSERT_CONTAINS(html, "Comune di &quot;Prova&quot; &amp; "
				  "&lt;i&gt;Co&lt;/i&gt;");
	assert_null(strstr(html, "<b>digitali"));
	assert_null(strstr(html, "<script"));
	assert_null(strstr(html, "<i>Co"));
	/* nothing fetched from elsewhere: no script, link, image, import or
	 * url(); the only address is the SVG namespace */
	static const char *const outside[] = {
		"<link", "<img",   "src=",    "@import",
		"url(",	 "https:", "<iframe", "<object"};
	for (size_t i = 0; i < PEG_COUNT(outside); i++)
		if (strstr(html, outside[i]))
			fail_msg("report.html holds '%s'", outside[i]);
	for (char *q = html; (q = strstr(q, "http://")); q++)
		if (strncmp(q, "http://www.w3.org/2000/svg\"", 27) != 0)
			fail_msg("report.html refers to %.40s", q);
	/* Italian by default; every section there */
	PEG_ASSERT_CONTAINS(html, "<html lang=\"it\">");
	static const char *const sections[] = {
		"summary",	   "achievement", "objectives", "distribution",
		"differentiation", "pools",	  "legal",	"transparency"};
	for (size_t i = 0; i < PEG_COUNT(sections); i++) {
		char id[64];
		snprintf(id, sizeof(id), "<section id=\"%s\">", sections[i]);
		PEG_ASSERT_CONTAINS(html, id);
	}
	/* no phases, no multi-year objectives: neither section */
	assert_null(strstr(html, "<section id=\"schedule\">"));
	assert_null(strstr(html, "<section id=\"multiyear\">"));
	/* a status in words, not colour alone: 1.2 done on time */
	PEG_ASSERT_CONTAINS(html, "<span class=\"st met\">\xe2\x9c\x94 "
				  "raggiunto</span>");
	/* A4 print */
	PEG_ASSERT_CONTAINS(html, "@page{size:A4");
	free(html);
	peg_remove_tree(tmp);
	free(tmp);
}

static void test_english(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char out[4096];
	snprintf(out, sizeof(out), "%s/en", tmp);
	write_run(MINIPAY, out, PEG_LANG_EN, PEG_CSV_RUNFILE);
	char *html = read_out(out, "report.html");
	PEG_ASSERT_CONTAINS(html, "<html lang=\"en\">");
	PEG_ASSERT_CONTAINS(html, "<h2>Achievement of the ente and its "
				  "settori</h2>");
	PEG_ASSERT_CONTAINS(html, "<h2>Legal checks</h2>");
	/* the legal check in English, figures for people */
	PEG_ASSERT_CONTAINS(html, "individual pool EUR 600.00 is at least the "
				  "30% of variable resources EUR 1,600.00");
	char *sum = read_out(out, "summary.txt");
	PEG_ASSERT_CONTAINS(sum, "  [ok] CCNL 21.5.2018 art. 68 c.3: "
				 "individual pool EUR 600.00 is at least the "
				 "30% of variable resources EUR 1,600.00 "
				 "(error)\n");
	PEG_ASSERT_CONTAINS(sum, "  Pool organizational (share; ");
	free(sum);
	free(html);
	/* and in Italian, the default */
	snprintf(out, sizeof(out), "%s/it", tmp);
	write_run(MINIPAY, out, PEG_LANG_IT, PEG_CSV_RUNFILE);
	sum = read_out(out, "summary.txt");
	PEG_ASSERT_CONTAINS(sum, "  [rispettato] CCNL 21.5.2018 art. 68 c.3: "
				 "il fondo per la performance individuale, "
				 "600,00 \xe2\x82\xac, \xc3\xa8 almeno il 30% "
				 "delle risorse variabili, 1.600,00 "
				 "\xe2\x82\xac (bloccante)\n");
	PEG_ASSERT_CONTAINS(sum, "  Fondo organizational (ripartizione; ");
	free(sum);
	peg_remove_tree(tmp);
	free(tmp);
}

/*
 * The schedule and the multi-year sections.  fixtures/mini-phases: 1.F1
 * due 31/03/2020 (q1), done 15/03: on time, 100; 1.F2 due 30/09 (q2-q3),
 * done 10/07: on time, 100; 1.F3 due 31/12 (q4), not done: 0.  Indicator
 * 1.2 (kind phases, target 100%): 2 of 3 on time, share (100 + 100 + 0)
 * / 3 = 66.666667, score 66.67.  fixtures/multiyear, year 2021: 2020 has
 * 1.1 80 of 100 (80) and 1.2 due 30/09/2020 done 15/10 (83.333333), mean
 * 81.67; phase 1.F2 due 31/03/2021, done 10/04: 10 days late.
 */
static void test_schedule_sections(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char cmd[8192], run[4096], out[4096];
	snprintf(cmd, sizeof(cmd), "cp -r fixtures/mini-phases/. %s/", tmp);
	assert_int_equal(system(cmd), 0);
	/* text from the inputs is escaped here too */
	peg_test_write(tmp, "plan/phases.csv",
		       "objective_id,phase_id,description,sector,q1,q2,q3,q4,"
		       "other,source_line\n"
		       "1,1.F1,Scansione,,X,,,,,\n"
		       "1,1.F2,\"Indicizzazione <b>& \"\"atti\"\"</b>\",,,X,"
		       "X,,,\n"
		       "1,1.F3,Pubblicazione,,,,,Delibera G.C.,,\n",
		       0);
	peg_test_write(tmp, "fasi.csv",
		       "phase_id,year,done,status,note\n"
		       "1.F1,2020,2020-03-15,,\n"
		       "1.F2,2020,2020-07-10,,\n"
		       "1.F3,2020,,not_done,<i>rinviata</i>\n",
		       0);
	snprintf(run, sizeof(run), "%s/run.ini", tmp);
	snprintf(out, sizeof(out), "%s/it", tmp);
	write_run(run, out, PEG_LANG_IT, PEG_CSV_RUNFILE);
	char *html = read_out(out, "report.html");
	PEG_ASSERT_CONTAINS(html, "<li><a href=\"#schedule\">");
	PEG_ASSERT_CONTAINS(html, "<section id=\"schedule\">\n"
				  "<h2>Tempi di realizzazione</h2>");
	assert_null(strstr(html, "<section id=\"multiyear\">"));
	PEG_ASSERT_CONTAINS(html, "<p>Fasi dovute nel 2020: 3</p>");
	PEG_ASSERT_CONTAINS(html, "<td>1.F1</td><td>Scansione</td>"
				  "<td class=\"n\">31/03/2020</td>"
				  "<td class=\"n\">15/03/2020</td>"
				  "<td class=\"n\">100,00 %</td><td>"
				  "<span class=\"st met\">\xe2\x9c\x94 nei "
				  "tempi</span></td>");
	PEG_ASSERT_CONTAINS(html, "<td>1.F2</td><td>Indicizzazione "
				  "&lt;b&gt;&amp; &quot;atti&quot;&lt;/b&gt;"
				  "</td><td class=\"n\">30/09/2020</td>");
	PEG_ASSERT_CONTAINS(html, "nota: &lt;i&gt;rinviata&lt;/i&gt;</span>"
				  "</td><td class=\"n\">31/12/2020</td>"
				  "<td class=\"n\">\xe2\x80\x94</td>"
				  "<td class=\"n\">0,00 %</td><td><span "
				  "class=\"st notmet\">\xe2\x9c\x98 non "
				  "completata</span>");
	PEG_ASSERT_CONTAINS(html, "tempi delle fasi: 2/3 nei tempi</span>"
				  "</td><td></td><td></td>"
				  "<td class=\"n\">66,67 %</td>");
	assert_null(strstr(html, "<b>&"));
	assert_null(strstr(html, "<i>rinviata"));
	free(html);

	snprintf(out, sizeof(out), "%s/en", tmp);
	write_run("fixtures/multiyear/run-2021.ini", out, PEG_LANG_EN,
		  PEG_CSV_RUNFILE);
	html = read_out(out, "report.html");
	PEG_ASSERT_CONTAINS(html, "<h2>Schedule</h2>");
	PEG_ASSERT_CONTAINS(html, "<section id=\"multiyear\">\n"
				  "<h2>Multi-year objectives</h2>");
	PEG_ASSERT_CONTAINS(html, "<b>2020</b> <span class=\"k\">earlier "
				  "year, 2 of 2 indicators verified</span>"
				  "</td><td></td><td></td>"
				  "<td class=\"n\">81.67%</td>");
	PEG_ASSERT_CONTAINS(html, "<span class=\"st partly\">\xe2\x97\x90 "
				  "done late</span> <span class=\"k\">10 "
				  "days late</span>");
	free(html);
	peg_remove_tree(tmp);
	free(tmp);
}

/* ---- the same bytes every time ---------------------------------------- */

static void test_reports_deterministic(void **state)
{
	(void)state;
	char *tmp = peg_test_tmpdir();
	char a[4096], b[4096];
	snprintf(a, sizeof(a), "%s/a", tmp);
	snprintf(b, sizeof(b), "%s/b", tmp);
	write_run(MINIPAY, a, PEG_LANG_IT, PEG_CSV_RUNFILE);
	/* a later second: a workbook stamped with the clock would differ */
	sleep(2);
	write_run(MINIPAY, b, PEG_LANG_IT, PEG_CSV_RUNFILE);
	static const char *const files[] = {"report.xlsx", "report.html"};
	for (size_t i = 0; i < PEG_COUNT(files); i++) {
		char pa[8192], pb[8192];
		size_t la, lb;
		snprintf(pa, sizeof(pa), "%s/%s", a, files[i]);
		snprintf(pb, sizeof(pb), "%s/%s", b, files[i]);
		char *ca = peg_test_slurp(pa, &la),
		     *cb = peg_test_slurp(pb, &lb);
		assert_non_null(ca);
		assert_non_null(cb);
		if (la != lb || memcmp(ca, cb, la) != 0)
			fail_msg("%s differs between two runs", files[i]);
		/* a zip file, private like every output */
		if (i == 0)
			assert_memory_equal(ca, "PK\x03\x04", 4);
		struct stat st;
		assert_int_equal(stat(pa, &st), 0);
		assert_int_equal(st.st_mode & 0777, 0600);
		free(ca);
		free(cb);
	}
	/* exactly the outputs of the writers table and the manifest: no
	 * temporary file of the workbook left (the fixture distributes, so
	 * every writer writes) */
	size_t nw;
	const struct peg_writer *w = peg_writers(&nw);
	DIR *dir = opendir(a);
	struct dirent *de;
	size_t n = 0;
	while ((de = readdir(dir))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		int known = strcmp(de->d_name, "manifest") == 0;
		for (size_t i = 0; i < nw; i++)
			known |= strcmp(de->d_name, w[i].name) == 0;
		if (!known)
			fail_msg("unexpected file %s in the run folder",
				 de->d_name);
		n++;
	}
	closedir(dir);
	PEG_ASSERT_INT(n, nw + 1);
	peg_remove_tree(tmp);
	free(tmp);
}

/* ---- the Italian CSV dialect read back -------------------------------- */

/*
 * Two cells hold the same value: the same text, or numbers that the
 * project's parser reads to the same value under each file's decimal
 * separator.  Numbers with more than 6 decimals (time factors, points)
 * are beyond peg_parse_fix: they must differ only by the separator.
 */
static int same_value(const char *std, const char *it, enum peg_decimal dec)
{
	if (strcmp(std, it) == 0)
		return 1;
	peg_fix a, b;
	const char *why;
	if (peg_parse_fix(std, PEG_DEC_POINT, 0, &a, NULL, &why) == 0)
		return peg_parse_fix(it, dec, 0, &b, NULL, &why) == 0 && a == b;
	if (strlen(std) != strlen(it))
		return 0;
	for (size_t i = 0; std[i]; i++)
		if (std[i] != it[i] && !(std[i] == '.' && it[i] == ','))
			return 0;
	return 1;
}

/* Compares the two files row by row; returns the number of rows. */
static size_t compare_csv(const char *std_path, const char *it_path)
{
	struct peg_diag d;
	struct peg_csv *s, *t;
	struct peg_csv_row rs, rt;
	peg_diag_init(&d);
	if (peg_csv_open(&s, std_path, NULL, &d) ||
	    peg_csv_open(&t, it_path, NULL, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	assert_int_equal(peg_csv_delimiter(s), ',');
	assert_int_equal(peg_csv_delimiter(t), ';');
	assert_int_equal(peg_csv_decimal(t), PEG_DEC_COMMA);
	assert_int_equal(peg_csv_width(s), peg_csv_width(t));
	for (size_t i = 0; i < peg_csv_width(s); i++)
		assert_string_equal(peg_csv_header(s, i), peg_csv_header(t, i));
	size_t rows = 0;
	for (;;) {
		int a = peg_csv_next(s, &rs, &d);
		int b = peg_csv_next(t, &rt, &d);
		if (a < 0 || b < 0)
			fail_msg("%s", peg_test_diag(&d, 0));
		assert_int_equal(a, b);
		if (!a)
			break;
		rows++;
		for (size_t i = 0; i < rs.n; i++)
			if (!same_value(rs.field[i], rt.field[i],
					peg_csv_decimal(t)))
				fail_msg("%s line %ld column %s: '%s' vs '%s'",
					 it_path, rt.line, peg_csv_header(t, i),
					 rs.field[i], rt.field[i]);
	}
	peg_csv_close(s);
	peg_csv_close(t);
	peg_diag_release(&d);
	return rows;
}

static void test_italian_csv_read_back(void **state)
{
	(void)state;
	static const char *const runs[] = {
		SCORING, MINIPAY, "fixtures/mini-phases/run.ini",
		"fixtures/multiyear/run-2021.ini"};
	static const char *const csvs[] = {
		"indicators.csv", "objectives.csv",   "sectors.csv",
		"phases.csv",	  "multiyear.csv",    "trace.csv",
		"payouts.csv",	  "transparency.csv"};
	size_t rows[PEG_COUNT(csvs)] = {0};
	char *tmp = peg_test_tmpdir();
	for (size_t k = 0; k < PEG_COUNT(runs); k++) {
		char std[4096], it[4096];
		snprintf(std, sizeof(std), "%s/std%zu", tmp, k);
		snprintf(it, sizeof(it), "%s/it%zu", tmp, k);
		write_run(runs[k], std, PEG_LANG_IT, PEG_CSV_RUNFILE);
		write_run(runs[k], it, PEG_LANG_IT, PEG_CSV_IT);
		for (size_t i = 0; i < PEG_COUNT(csvs); i++) {
			char a[8192], b[8192];
			snprintf(a, sizeof(a), "%s/%s", std, csvs[i]);
			snprintf(b, sizeof(b), "%s/%s", it, csvs[i]);
			struct stat st;
			if (stat(a, &st) != 0)
				continue; /* pay tables of a scoring run */
			size_t n;
			char *c = peg_test_slurp(b, &n);
			assert_non_null(c);
			/* BOM first, so spreadsheets read UTF-8 */
			assert_true(n > 3);
			assert_memory_equal(c, "\xef\xbb\xbf", 3);
			free(c);
			rows[i] += compare_csv(a, b);
		}
	}
	/* every table compared with rows in some run */
	for (size_t i = 0; i < PEG_COUNT(csvs); i++)
		if (!rows[i])
			fail_msg("%s: no run wrote a row", csvs[i]);
	peg_remove_tree(tmp);
	free(tmp);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_messages_complete),
		cmocka_unit_test(test_kind_words),
		cmocka_unit_test(test_msg_fill),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_statuses),
		cmocka_unit_test(test_histogram_gini),
		cmocka_unit_test(test_html_escaped_self_contained),
		cmocka_unit_test(test_english),
		cmocka_unit_test(test_schedule_sections),
		cmocka_unit_test(test_reports_deterministic),
		cmocka_unit_test(test_italian_csv_read_back),
	};
	return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
