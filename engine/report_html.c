/*
 * report_html.c - report.html: the run for people, in one self-contained
 * page (inline CSS and SVG, nothing fetched from anywhere), in the run's
 * language, printable on A4.
 *
 * Sections: key figures; ente and settore achievement; every objective
 * with its indicators and their status (in words and colour); when the
 * plan has phases, the schedule of the year (each phase due, on time,
 * late, not done, without verification or neutralized, and the
 * indicators of kind phases); when it has multi-year objectives, their
 * years (as in multiyear.csv); and, when
 * the run distributes the fund, the distribution of premiums by area, the
 * Lorenz curve with the Gini index, each pool's money and its
 * conservation, the legal checks and the art. 20 transparency table.
 * Every text that comes from the inputs is HTML-escaped.  No employee is
 * named or identified: the page shows aggregates only.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char css[] =
	":root{--ink:#1b1b1b;--muted:#555;--line:#d0d4d9;--band:#f3f5f7}\n"
	"body{font-family:\"DejaVu Sans\",\"Segoe UI\",Arial,sans-serif;"
	"color:var(--ink);max-width:1100px;margin:0 auto;padding:0 16px 40px;"
	"line-height:1.4;font-size:15px;-webkit-print-color-adjust:exact;"
	"print-color-adjust:exact}\n"
	"h1{font-size:1.8em;margin:.6em 0 .1em}h2{font-size:1.35em;"
	"border-bottom:2px solid #1F5F99;padding-bottom:.2em;margin-top:1.8em}"
	"h3{font-size:1.1em;margin:1.4em 0 .4em}\n"
	".ente{font-size:1.2em;margin:0}.meta{color:var(--muted);"
	"margin:.3em 0 1em}.meta span{margin-right:1.5em}\n"
	"nav ol{columns:2;padding-left:1.4em}nav a{color:#1F5F99}\n"
	".cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid "
	"var(--line);border-radius:6px;padding:10px 14px;min-width:180px;"
	"background:var(--band)}.card b{display:block;font-size:1.5em}\n"
	"table{border-collapse:collapse;width:100%;margin:.6em 0 1em;"
	"font-size:.92em}th,td{border-bottom:1px solid var(--line);"
	"padding:4px 6px;text-align:left;vertical-align:top}th{background:"
	"var(--band)}th:not(.nm)::first-letter{text-transform:uppercase}"
	"td.n,th.n{text-align:right}td.n{white-space:nowrap}tbody th{"
	"font-weight:normal;text-align:left}"
	".card::first-letter,.cap::first-letter{text-transform:uppercase}\n"
	"tr.o td{background:#eef3f9;font-weight:bold;border-top:2px solid "
	"var(--line)}tr.i td:nth-child(2){padding-left:1.6em}"
	"tr.y td{background:#f7f9fb}table.counts{width:auto}"
	".k,.note{color:var(--muted);font-weight:normal;font-size:.9em}\n"
	".st{display:inline-block;white-space:nowrap;border:1px solid;"
	"border-radius:10px;padding:0 8px;font-size:.88em;font-weight:bold}\n"
	".met{background:#e3f3e6;color:#0b5d1e}.partly{background:#fff1d6;"
	"color:#7a4100}.notmet{background:#fde4e6;color:#a00d1c}"
	".neutral{background:#eceff1;color:#37474f}\n"
	"figure{margin:1em 0}figcaption{color:var(--muted);font-size:.9em}\n"
	"svg.chart{max-width:100%;height:auto;font-size:12px;"
	"font-family:inherit}svg text{fill:var(--ink)}svg .t{fill:var(--muted)}"
	"svg .b{font-weight:bold}svg .at{font-size:12px;fill:var(--muted)}"
	"svg .grid{stroke:#e3e6ea}svg .axis{stroke:#888}svg .eq{stroke:#888;"
	"stroke-dasharray:4 4}\n"
	"footer{margin-top:3em;color:var(--muted);font-size:.85em;"
	"border-top:1px solid var(--line);padding-top:.6em}\n"
	"@page{size:A4;margin:14mm 12mm 16mm}\n"
	"@media print{body{font-size:9.5pt;max-width:none;padding:0}"
	"nav{display:none}section{break-before:page}#summary{break-before:"
	"auto}h2,h3{break-after:avoid}tr,figure,.card{break-inside:avoid}"
	"thead{display:table-header-group}a{color:inherit;text-decoration:"
	"none}}\n";

/* A badge: its class sets the colour, its sign and words the meaning. */
static void badge(FILE *fp, const char *cls, const char *sign,
		  const char *words)
{
	fprintf(fp, "<span class=\"st %s\">%s ", cls, sign);
	peg_html_esc(fp, words);
	fputs("</span>", fp);
}

/* The CSS class and the sign of a status: met, partly, not met, other. */
static void status_badge(FILE *fp, enum peg_lang L, enum peg_rstatus s)
{
	static const char *const cls[PEG_RS_COUNT_] = {
		[PEG_RS_MET] = "met",	      [PEG_RS_PARTLY] = "partly",
		[PEG_RS_NOT_MET] = "notmet",  [PEG_RS_NEUTRALIZED] = "neutral",
		[PEG_RS_NOT_DUE] = "neutral", [PEG_RS_MISSING] = "notmet",
		[PEG_RS_NONE] = "neutral"};
	static const char *const sign[PEG_RS_COUNT_] = {
		[PEG_RS_MET] = "\xe2\x9c\x94",	       /* ✔ */
		[PEG_RS_PARTLY] = "\xe2\x97\x90",      /* ◐ */
		[PEG_RS_NOT_MET] = "\xe2\x9c\x98",     /* ✘ */
		[PEG_RS_NEUTRALIZED] = "\xe2\x8a\x98", /* ⊘ */
		[PEG_RS_NOT_DUE] = "\xe2\x80\x93",     /* – */
		[PEG_RS_MISSING] = "\xe2\x9c\x98",     /* ✘ */
		[PEG_RS_NONE] = "\xe2\x80\x93"};
	badge(fp, cls[s], sign[s], peg_msg(L, peg_rstatus_msg(s)));
}

static void th(FILE *fp, const char *cls, const char *s)
{
	if (cls)
		fprintf(fp, "<th class=\"%s\">", cls);
	else
		fputs("<th>", fp);
	peg_html_esc(fp, s);
	fputs("</th>", fp);
}

/* A table's head: the header cells of col, a blank one where the
 * message is M_BLANK_HEAD (no words); numeric columns right-aligned
 * (class "n"). */
struct hcol {
	int num;
	enum peg_msg msg;
};
#define M_BLANK_HEAD M_COUNT_

static void thead(FILE *fp, enum peg_lang L, const struct hcol *col,
		  size_t n)
{
	fputs("<table>\n<thead><tr>", fp);
	for (size_t i = 0; i < n; i++)
		th(fp, col[i].num ? "n" : NULL,
		   col[i].msg == M_BLANK_HEAD ? "" : peg_msg(L, col[i].msg));
	fputs("</tr></thead>\n<tbody>\n", fp);
}

static void td(FILE *fp, const char *cls, const char *s)
{
	if (cls)
		fprintf(fp, "<td class=\"%s\">", cls);
	else
		fputs("<td>", fp);
	peg_html_esc(fp, s);
	fputs("</td>", fp);
}

static void h2(FILE *fp, const char *id, enum peg_lang L, enum peg_msg m)
{
	fprintf(fp, "<section id=\"%s\">\n<h2>", id);
	peg_html_esc(fp, peg_msg(L, m));
	fputs("</h2>\n", fp);
}

/* ---- header and key figures ------------------------------------------- */

static void header(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	char y[16];
	snprintf(y, sizeof(y), " %d", r->rf.year);
	fprintf(fp,
		"<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
		"<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, "
		"initial-scale=1\">\n<title>",
		L == PEG_LANG_EN ? "en" : "it");
	peg_html_esc(fp, peg_msg(L, M_REPORT_TITLE));
	fputs(y, fp);
	if (r->rf.ente[0]) {
		fputs(" \xe2\x80\x93 ", fp);
		peg_html_esc(fp, r->rf.ente);
	}
	fprintf(fp,
		"</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n"
		"<h1>",
		css);
	peg_html_esc(fp, peg_msg(L, M_REPORT_TITLE));
	fprintf(fp, "%s</h1>\n", y);
	if (r->rf.ente[0]) {
		fputs("<p class=\"ente\">", fp);
		peg_html_esc(fp, r->rf.ente);
		fputs("</p>\n", fp);
	}
	fputs("<p class=\"meta\"><span>", fp);
	peg_html_esc(fp, peg_msg(L, M_RULES));
	fputs(": ", fp);
	peg_html_esc(fp, peg_path_base(r->rules.path));
	fputs("</span><span>", fp);
	peg_html_esc(fp, peg_msg(L, M_ENGINE));
	fputs(": pegaso ", fp);
	peg_html_esc(fp, peg_version());
	fputs("</span></p>\n</header>\n", fp);

	/* when: 0 always, 1 with a distribution, 2 with phases, 3 with
	 * multi-year objectives */
	static const struct {
		const char *id;
		enum peg_msg m;
		int when;
	} toc[] = {
		{"achievement", M_H_ACHIEVEMENT, 0},
		{"objectives", M_H_OBJECTIVES, 0},
		{"schedule", M_H_SCHEDULE, 2},
		{"multiyear", M_MULTIYEAR, 3},
		{"distribution", M_H_DISTRIBUTION, 1},
		{"differentiation", M_H_DIFFERENTIATION, 1},
		{"pools", M_H_POOLS, 1},
		{"legal", M_LEGAL_CHECKS, 1},
		{"transparency", M_H_TRANSPARENCY, 1},
	};
	fputs("<nav><h2>", fp);
	peg_html_esc(fp, peg_msg(L, M_CONTENTS));
	fputs("</h2><ol>\n", fp);
	for (size_t i = 0; i < PEG_COUNT(toc); i++) {
		if ((toc[i].when == 1 && !r->has_staff) ||
		    (toc[i].when == 2 && !r->phases.n) ||
		    (toc[i].when == 3 && !r->multi.objectives))
			continue;
		fprintf(fp, "<li><a href=\"#%s\">", toc[i].id);
		peg_html_esc(fp, peg_msg(L, toc[i].m));
		fputs("</a></li>\n", fp);
	}
	fputs("</ol></nav>\n", fp);
}

static void card(FILE *fp, const char *label, const char *value,
		 const char *note)
{
	fputs("<div class=\"card\">", fp);
	peg_html_esc(fp, label);
	fputs("<b>", fp);
	peg_html_esc(fp, value);
	fputs("</b>", fp);
	if (note) {
		fputs("<span class=\"note\">", fp);
		peg_html_esc(fp, note);
		fputs("</span>", fp);
	}
	fputs("</div>\n", fp);
}

static void key_figures(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	const struct peg_scores *s = &r->scores;
	char a[PEG_NUMBUF], b[PEG_NUMBUF], note[200];
	h2(fp, "summary", L, M_KEY_FIGURES);
	fputs("<div class=\"cards\">\n", fp);
	snprintf(note, sizeof(note), "%s: %s",
		 peg_msg(L, M_INCENTIVIZED_OBJECTIVES),
		 s->ente.has_pay ? peg_fmt_pct(L, s->ente.pay_ach, b)
				 : peg_msg(L, M_NOT_MEASURABLE));
	card(fp, peg_msg(L, M_ACHIEVEMENT),
	     s->ente.has_all ? peg_fmt_pct(L, s->ente.all, a)
			     : peg_msg(L, M_NOT_MEASURABLE),
	     note);
	snprintf(a, sizeof(a), "%zu", r->plan.nobj);
	snprintf(note, sizeof(note), "%s %zu", peg_msg(L, M_INDICATORS),
		 s->in_year);
	card(fp, peg_msg(L, M_OBJECTIVES), a, note);
	if (r->has_staff) {
		peg_cents paid = 0, econ = 0;
		size_t payees = 0;
		for (size_t pi = 0; pi < r->pay.npool; pi++) {
			paid += r->pay.pool[pi].paid +
				r->pay.pool[pi].redistributed +
				r->pay.pool[pi].maggiorazione;
			econ += r->pay.pool[pi].economies;
		}
		for (size_t h = 0; h < r->staff.nperson; h++)
			payees += r->pay.person_total[h] > 0;
		card(fp, peg_msg(L, M_TOTAL_PAID), peg_fmt_eur(L, paid, a),
		     NULL);
		char cap[200];
		snprintf(cap, sizeof(cap), "%s", peg_msg(L, M_ECONOMIES));
		card(fp, cap, peg_fmt_eur(L, econ, a), NULL);
		snprintf(a, sizeof(a), "%zu / %zu", payees, r->staff.nperson);
		snprintf(note, sizeof(note), "%s / %s", peg_msg(L, M_PAYEES),
			 peg_msg(L, M_PERSONS));
		card(fp, peg_msg(L, M_STAFF), a, note);
	}
	fputs("</div>\n</section>\n", fp);
}

/* ---- achievement ------------------------------------------------------ */

static void achievement(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	const struct peg_scores *s = &r->scores;
	char a[PEG_NUMBUF];
	h2(fp, "achievement", L, M_H_ACHIEVEMENT);
	fputs("<figure>\n", fp);
	peg_svg_achievement(fp, r, L);
	fputs("</figure>\n", fp);
	{
		static const struct hcol col[] = {
			{0, M_BLANK_HEAD},
			{1, M_OBJECTIVES},
			{1, M_ALL_OBJECTIVES},
			{1, M_INCENTIVIZED_OBJECTIVES},
		};
		thead(fp, L, col, PEG_COUNT(col));
	}
	for (size_t k = 0; k <= s->nsec; k++) {
		const struct peg_sector_result *x =
			k ? &s->sec[k - 1] : &s->ente;
		fputs(k ? "<tr>" : "<tr class=\"o\">", fp);
		td(fp, NULL,
		   k ? x->name
		     : (r->rf.ente[0] ? r->rf.ente : peg_msg(L, M_ENTE)));
		snprintf(a, sizeof(a), "%zu", x->objectives);
		td(fp, "n", a);
		td(fp, "n",
		   x->has_all ? peg_fmt_pct(L, x->all, a)
			      : peg_msg(L, M_NOT_MEASURABLE));
		td(fp, "n",
		   x->has_pay ? peg_fmt_pct(L, x->pay_ach, a)
			      : peg_msg(L, M_NOT_MEASURABLE));
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table>\n</section>\n", fp);
}

/* ---- objectives and indicators ---------------------------------------- */

/* A number of an indicator, with its unit. */
static void put_value(FILE *fp, enum peg_lang L, peg_fix v, const char *unit,
		      int percent)
{
	char n[PEG_NUMBUF];
	peg_html_esc(fp, peg_fmt_fix(L, v, n));
	if (percent)
		fputs(L == PEG_LANG_EN ? "%" : " %", fp);
	else if (unit && *unit) {
		fputc(' ', fp);
		peg_html_esc(fp, unit);
	}
}

static void ind_target(FILE *fp, enum peg_lang L,
		       const struct peg_indicator *in)
{
	char d[PEG_NUMBUF];
	int pct = in->kind == PEG_KIND_PERCENT ||
		  (in->unit && strcmp(in->unit, "%") == 0);
	switch (in->kind) {
	case PEG_KIND_QUALITATIVE:
		fputs("\xe2\x80\x94", fp);
		break;
	case PEG_KIND_DEADLINE:
		peg_html_esc(fp, peg_fmt_date(L, in->target_date, d));
		break;
	case PEG_KIND_BOOLEAN:
		peg_html_esc(fp, peg_msg(L, M_YES));
		break;
	default:
		put_value(fp, L, in->target, in->unit, pct);
	}
	if (in->has_baseline) {
		fputs(" <span class=\"k\">(", fp);
		peg_html_esc(fp, peg_msg(L, M_BASELINE));
		fputc(' ', fp);
		put_value(fp, L, in->baseline, in->unit, pct);
		fputs(")</span>", fp);
	}
}

static void ind_actual(FILE *fp, enum peg_lang L,
		       const struct peg_indicator *in,
		       const struct peg_verif *v)
{
	char d[PEG_NUMBUF];
	int pct = in->kind == PEG_KIND_PERCENT ||
		  (in->unit && strcmp(in->unit, "%") == 0);
	if (!v || !v->has_actual)
		fputs("\xe2\x80\x94", fp);
	else if (v->status == PEG_VS_JUDGEMENT) {
		put_value(fp, L, v->actual, NULL, 1);
		fputs(" <span class=\"k\">(", fp);
		peg_html_esc(fp, peg_msg(L, M_JUDGEMENT));
		fputs(")</span>", fp);
	} else if (in->kind == PEG_KIND_DEADLINE)
		peg_html_esc(fp, peg_fmt_date(L, v->actual_date, d));
	else if (in->kind == PEG_KIND_BOOLEAN)
		peg_html_esc(fp, peg_msg(L, v->actual ? M_YES : M_NO));
	else
		put_value(fp, L, v->actual, in->unit, pct);
}

static void indicator_row(FILE *fp, const struct peg_run *r, enum peg_lang L,
			  size_t i)
{
	const struct peg_indicator *in = &r->plan.ind[i];
	const struct peg_ind_result *ir = &r->scores.ind[i];
	long vi = r->verifs.by_indicator[i];
	const struct peg_verif *v = vi < 0 ? NULL : &r->verifs.v[vi];
	char a[PEG_NUMBUF];

	fputs("<tr class=\"i\">", fp);
	td(fp, NULL, in->id);
	fputs("<td>", fp);
	peg_html_esc(fp, in->description && *in->description ? in->description
							     : in->category);
	fputs(" <span class=\"k\">", fp);
	peg_html_esc(fp, peg_msg(L, peg_kind_msg(in->kind)));
	if (in->weight != PEG_FIX_ONE) {
		fputs(", ", fp);
		peg_html_esc(fp, peg_msg(L, M_COL_WEIGHT));
		fputc(' ', fp);
		peg_html_esc(fp, peg_fmt_fix(L, in->weight, a));
	}
	fputs("</span>", fp);
	if (v && v->note && *v->note &&
	    (v->status == PEG_VS_NEUTRALIZED || v->status == PEG_VS_JUDGEMENT ||
	     v->status == PEG_VS_NOT_DUE)) {
		fputs("<br><span class=\"note\">", fp);
		peg_html_esc(fp, peg_msg(L, M_NOTE));
		fputs(": ", fp);
		peg_html_esc(fp, v->note);
		fputs("</span>", fp);
	}
	fputs("</td><td class=\"n\">", fp);
	ind_target(fp, L, in);
	fputs("</td><td class=\"n\">", fp);
	/* kind phases: the phases' share, as indicators.csv's actual */
	if (in->kind == PEG_KIND_PHASES && ir->out.has_share)
		peg_html_esc(fp, peg_fmt_pct(L, ir->out.share, a));
	else
		ind_actual(fp, L, in, v);
	fputs("</td>", fp);
	td(fp, "n",
	   ir->counted ? peg_fmt_pct(L, ir->score, a) : "\xe2\x80\x94");
	fputs("<td>", fp);
	status_badge(fp, L, peg_ind_rstatus(r, i));
	fputs("</td></tr>\n", fp);
}

static void objective_rows(FILE *fp, const struct peg_run *r, enum peg_lang L,
			   size_t k)
{
	const struct peg_objective *o = &r->plan.obj[k];
	const struct peg_obj_result * or = &r->scores.obj[k];
	char a[PEG_NUMBUF];

	fputs("<tr class=\"o\">", fp);
	td(fp, NULL, o->id);
	fputs("<td>", fp);
	peg_html_esc(fp, o->title);
	if (o->weight != PEG_FIX_ONE || ! or->pay) {
		fputs(" <span class=\"k\">", fp);
		if (o->weight != PEG_FIX_ONE) {
			peg_html_esc(fp, peg_msg(L, M_COL_WEIGHT));
			fputc(' ', fp);
			peg_html_esc(fp, peg_fmt_fix(L, o->weight, a));
			if (! or->pay)
				fputs(", ", fp);
		}
		if (! or->pay)
			peg_html_esc(fp, peg_msg(L, M_NOT_INCENTIVIZED));
		fputs("</span>", fp);
	}
	fputs("</td><td></td><td></td>", fp);
	td(fp, "n", or->status == PEG_OS_SCORED
			    ? peg_fmt_pct(L, or->achievement, a)
			    : "\xe2\x80\x94");
	fputs("<td>", fp);
	status_badge(fp, L, peg_obj_rstatus(r, k));
	fputs("</td></tr>\n", fp);
	const struct peg_plan *p = &r->plan;
	for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1]; j++)
		if (r->scores.ind[p->by_obj[j]].in_year)
			indicator_row(fp, r, L, p->by_obj[j]);
}

/* "Settore NAME", unless the name says it already. */
static void sector_name(FILE *fp, enum peg_lang L, const char *name)
{
	const char *word = peg_msg(L, M_SECTOR);
	if (strncasecmp(name, word, strlen(word)) != 0) {
		peg_html_esc(fp, word);
		fputc(' ', fp);
	}
	peg_html_esc(fp, name);
}

static void objectives(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	const struct peg_scores *s = &r->scores;
	char a[PEG_NUMBUF];
	h2(fp, "objectives", L, M_H_OBJECTIVES);
	fputs("<p>", fp);
	peg_html_esc(fp, peg_msg(L, M_LEGEND));
	fputs(": ", fp);
	static const enum peg_rstatus legend[] = {
		PEG_RS_MET,	    PEG_RS_PARTLY,  PEG_RS_NOT_MET,
		PEG_RS_NEUTRALIZED, PEG_RS_NOT_DUE, PEG_RS_MISSING};
	for (size_t i = 0; i < PEG_COUNT(legend); i++) {
		status_badge(fp, L, legend[i]);
		fputc(' ', fp);
	}
	fputs("</p>\n", fp);
	for (size_t sk = 0; sk < s->nsec; sk++) {
		const struct peg_sector_result *x = &s->sec[sk];
		fputs("<h3>", fp);
		sector_name(fp, L, x->name);
		fputs(" \xe2\x80\x93 ", fp);
		peg_html_esc(fp, x->has_all ? peg_fmt_pct(L, x->all, a)
					    : peg_msg(L, M_NOT_MEASURABLE));
		fputs("</h3>\n", fp);
		{
			static const struct hcol col[] = {
				{0, M_BLANK_HEAD},
				{0, M_COL_OBJECTIVE},
				{1, M_COL_TARGET},
				{1, M_COL_ACTUAL},
				{1, M_COL_SCORE},
				{0, M_COL_STATUS},
			};
			thead(fp, L, col, PEG_COUNT(col));
		}
		for (size_t j = s->sec_obj_start[sk];
		     j < s->sec_obj_start[sk + 1]; j++)
			objective_rows(fp, r, L, s->sec_obj[j]);
		fputs("</tbody></table>\n", fp);
	}
	fputs("</section>\n", fp);
}

/* ---- the schedule of the year ----------------------------------------- */

/* A phase's state in words, with a sign and a colour. */
static void phase_badge(FILE *fp, enum peg_lang L, enum peg_phase_state st)
{
	static const struct {
		const char *cls, *sign;
		enum peg_msg m;
	} b[PEG_PH_COUNT_] = {
		[PEG_PH_ON_TIME] = {"met", "\xe2\x9c\x94", M_PH_ON_TIME},
		[PEG_PH_LATE] = {"partly", "\xe2\x97\x90", M_DONE_LATE_F},
		[PEG_PH_NOT_DONE] = {"notmet", "\xe2\x9c\x98",
				     M_NOT_COMPLETED_F},
		[PEG_PH_MISSING] = {"notmet", "\xe2\x9c\x98", M_VERIF_MISSING},
		[PEG_PH_NOT_YET_DUE] = {"neutral", "\xe2\x80\x93",
					M_PH_NOT_YET_DUE},
		[PEG_PH_NEUTRALIZED] = {"neutral", "\xe2\x8a\x98",
					M_PHS_NEUTRALIZED},
		[PEG_PH_NOT_SCHEDULED] = {"neutral", "\xe2\x80\x93",
					  M_PH_NOT_SCHEDULED},
	};
	badge(fp, b[st].cls, b[st].sign, peg_msg(L, b[st].m));
}

static void phase_row(FILE *fp, const struct peg_run *r, enum peg_lang L,
		      size_t i)
{
	const struct peg_phase *ph = &r->phases.ph[i];
	const struct peg_phase_eval *e = &r->sched.ph[i];
	char a[PEG_NUMBUF];
	fputs("<tr class=\"i\">", fp);
	td(fp, NULL, ph->id);
	fputs("<td>", fp);
	peg_html_esc(fp, ph->description);
	if (e->v && e->v->note && *e->v->note) {
		fputs("<br><span class=\"note\">", fp);
		peg_html_esc(fp, peg_msg(L, M_NOTE));
		fputs(": ", fp);
		peg_html_esc(fp, e->v->note);
		fputs("</span>", fp);
	}
	fputs("</td>", fp);
	td(fp, "n", peg_fmt_date(L, e->due, a));
	td(fp, "n", e->done ? peg_fmt_date(L, e->done_on, a) : "\xe2\x80\x94");
	td(fp, "n", e->counted ? peg_fmt_pct(L, e->score, a) : "\xe2\x80\x94");
	fputs("<td>", fp);
	phase_badge(fp, L, e->state);
	if (e->state == PEG_PH_LATE && e->has_days) {
		fprintf(fp, " <span class=\"k\">%ld ", e->days_late);
		peg_html_esc(fp, peg_msg(L, e->days_late == 1 ? M_DAY_LATE
							      : M_DAYS_LATE));
		fputs("</span>", fp);
	}
	fputs("</td></tr>\n", fp);
}

/* An indicator of kind phases of the run year: its phases and score. */
static void phases_ind_row(FILE *fp, const struct peg_run *r, enum peg_lang L,
			   size_t i)
{
	const struct peg_indicator *in = &r->plan.ind[i];
	const struct peg_ind_result *ir = &r->scores.ind[i];
	char a[PEG_NUMBUF], n[200];
	fputs("<tr class=\"i\">", fp);
	td(fp, NULL, in->id);
	fputs("<td>", fp);
	peg_html_esc(fp, in->description && *in->description ? in->description
							     : in->category);
	fputs(" <span class=\"k\">", fp);
	peg_html_esc(fp, peg_msg(L, M_INDICATOR_W));
	fputs(", ", fp);
	peg_html_esc(fp, peg_msg(L, peg_kind_msg(in->kind)));
	snprintf(n, sizeof(n), ": %zu/%zu %s", ir->ph_on_time, ir->phases,
		 peg_msg(L, M_PH_ON_TIME));
	peg_html_esc(fp, n);
	fputs("</span></td><td></td><td></td>", fp);
	td(fp, "n", ir->counted ? peg_fmt_pct(L, ir->score, a) : "\xe2\x80\x94");
	fputs("<td>", fp);
	status_badge(fp, L, peg_ind_rstatus(r, i));
	fputs("</td></tr>\n", fp);
}

/* The phases due in the year of objective k, and its indicators of kind
 * phases; nothing when it has neither. */
static void schedule_rows(FILE *fp, const struct peg_run *r, enum peg_lang L,
			  size_t k)
{
	const struct peg_phases *ps = &r->phases;
	const struct peg_plan *p = &r->plan;
	size_t due = 0, on_time = 0, nind = 0;
	for (size_t j = ps->by_obj_start[k]; j < ps->by_obj_start[k + 1]; j++) {
		const struct peg_phase_eval *e = &r->sched.ph[ps->by_obj[j]];
		due += e->scheduled != 0;
		on_time += e->scheduled && e->state == PEG_PH_ON_TIME;
	}
	for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1]; j++)
		nind += p->ind[p->by_obj[j]].kind == PEG_KIND_PHASES &&
			r->scores.ind[p->by_obj[j]].in_year;
	if (!due && !nind)
		return;
	char n[200];
	fputs("<tr class=\"o\">", fp);
	td(fp, NULL, p->obj[k].id);
	td(fp, NULL, p->obj[k].title);
	fputs("<td></td><td></td><td></td>", fp);
	snprintf(n, sizeof(n), "%zu/%zu %s", on_time, due,
		 peg_msg(L, M_PH_ON_TIME));
	td(fp, NULL, n);
	fputs("</tr>\n", fp);
	for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1]; j++) {
		size_t i = p->by_obj[j];
		if (p->ind[i].kind == PEG_KIND_PHASES && r->scores.ind[i].in_year)
			phases_ind_row(fp, r, L, i);
	}
	for (size_t j = ps->by_obj_start[k]; j < ps->by_obj_start[k + 1]; j++)
		if (r->sched.ph[ps->by_obj[j]].scheduled)
			phase_row(fp, r, L, ps->by_obj[j]);
}

/* 1 when objective k has a phase due in the year or a phases indicator. */
static int has_schedule(const struct peg_run *r, size_t k)
{
	const struct peg_phases *ps = &r->phases;
	const struct peg_plan *p = &r->plan;
	for (size_t j = ps->by_obj_start[k]; j < ps->by_obj_start[k + 1]; j++)
		if (r->sched.ph[ps->by_obj[j]].scheduled)
			return 1;
	for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1]; j++)
		if (p->ind[p->by_obj[j]].kind == PEG_KIND_PHASES &&
		    r->scores.ind[p->by_obj[j]].in_year)
			return 1;
	return 0;
}

static void schedule(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	const struct peg_sched *sc = &r->sched;
	const struct peg_scores *s = &r->scores;
	char line[300];
	size_t due = sc->n - sc->count[PEG_PH_NOT_SCHEDULED];
	struct peg_msg_arg arg[2] = {{PEG_ARG_COUNT, NULL, r->rf.year},
				     {PEG_ARG_COUNT, NULL, (int64_t)due}};
	static const enum peg_phase_state shown[] = {
		PEG_PH_ON_TIME, PEG_PH_LATE, PEG_PH_NOT_DONE, PEG_PH_MISSING,
		PEG_PH_NEUTRALIZED};
	h2(fp, "schedule", L, M_H_SCHEDULE);
	fputs("<p class=\"note\">", fp);
	peg_html_esc(fp, peg_msg(L, M_SCHED_DETAIL));
	fputs("</p>\n<p>", fp);
	peg_html_esc(fp, peg_msg_fill(L, PEG_MSG_DISPLAY, M_SCHED_INTRO, arg, 2,
				      line, sizeof(line)));
	fputs("</p>\n<table class=\"counts\">\n<thead><tr>", fp);
	for (size_t i = 0; i < PEG_COUNT(shown); i++) {
		fputs("<th class=\"n\">", fp);
		phase_badge(fp, L, shown[i]);
		fputs("</th>", fp);
	}
	fputs("</tr></thead>\n<tbody><tr>", fp);
	for (size_t i = 0; i < PEG_COUNT(shown); i++) {
		snprintf(line, sizeof(line), "%zu", sc->count[shown[i]]);
		td(fp, "n", line);
	}
	fputs("</tr></tbody></table>\n<p>", fp);
	snprintf(line, sizeof(line), "%s: %zu", peg_msg(L, M_PH_NOT_SCHEDULED),
		 sc->count[PEG_PH_NOT_SCHEDULED]);
	peg_html_esc(fp, line);
	fputs("</p>\n", fp);
	for (size_t sk = 0; sk < s->nsec; sk++) {
		size_t any = 0;
		for (size_t j = s->sec_obj_start[sk];
		     j < s->sec_obj_start[sk + 1] && !any; j++)
			any = has_schedule(r, s->sec_obj[j]);
		if (!any)
			continue;
		fputs("<h3>", fp);
		sector_name(fp, L, s->sec[sk].name);
		fputs("</h3>\n", fp);
		{
			static const struct hcol col[] = {
				{0, M_BLANK_HEAD},
				{0, M_PHASE_W},
				{1, M_DUE},
				{1, M_COL_DONE},
				{1, M_COL_SCORE},
				{0, M_COL_STATUS},
			};
			thead(fp, L, col, PEG_COUNT(col));
		}
		for (size_t j = s->sec_obj_start[sk];
		     j < s->sec_obj_start[sk + 1]; j++)
			schedule_rows(fp, r, L, s->sec_obj[j]);
		fputs("</tbody></table>\n", fp);
	}
	fputs("</section>\n", fp);
}

/* ---- multi-year objectives -------------------------------------------- */

/* A year of a multi-year objective: its status in words and colour. */
static void my_year_badge(FILE *fp, enum peg_lang L,
			  const struct peg_my_year *yr)
{
	switch (yr->status) {
	case PEG_MY_SCORED:
		status_badge(fp, L,
			     yr->achievement >= PEG_FIX(100) ? PEG_RS_MET
			     : yr->achievement > 0	     ? PEG_RS_PARTLY
							     : PEG_RS_NOT_MET);
		break;
	case PEG_MY_NEUTRALIZED:
		status_badge(fp, L, PEG_RS_NEUTRALIZED);
		break;
	case PEG_MY_PARTIAL:
		badge(fp, "neutral", "\xe2\x97\x90", peg_msg(L, M_MYS_PARTIAL));
		break;
	case PEG_MY_NOT_VERIFIED:
		status_badge(fp, L, PEG_RS_MISSING);
		break;
	case PEG_MY_NOT_YET_DUE:
		badge(fp, "neutral", "\xe2\x80\x93",
		      peg_msg(L, M_MYS_NOT_YET_DUE));
		break;
	default:
		status_badge(fp, L, PEG_RS_NONE);
	}
}

static void my_ind_row(FILE *fp, const struct peg_run *r, enum peg_lang L,
		       const struct peg_my_year *yr,
		       const struct peg_my_ind *mi)
{
	const struct peg_indicator *in = &r->plan.ind[mi->ind];
	long vi = r->verifs.by_indicator[mi->ind];
	const struct peg_verif *v = vi < 0 ? NULL : &r->verifs.v[vi];
	enum peg_my_pending pend = peg_my_ind_pending(r, yr, mi);
	char a[PEG_NUMBUF];
	fputs("<tr class=\"i\">", fp);
	td(fp, NULL, in->id);
	fputs("<td>", fp);
	peg_html_esc(fp, in->description && *in->description ? in->description
							     : in->category);
	fputs(" <span class=\"k\">", fp);
	peg_html_esc(fp, peg_msg(L, peg_kind_msg(in->kind)));
	fputs("</span></td><td class=\"n\">", fp);
	ind_target(fp, L, in);
	fputs("</td><td class=\"n\">", fp);
	if (in->kind == PEG_KIND_PHASES && mi->has_result &&
	    mi->res.out.has_share)
		peg_html_esc(fp, peg_fmt_pct(L, mi->res.out.share, a));
	else
		ind_actual(fp, L, in, v);
	fputs("</td>", fp);
	td(fp, "n",
	   peg_my_ind_scored(r, yr, mi) ? peg_fmt_pct(L, mi->res.score, a)
					: "\xe2\x80\x94");
	fputs("<td>", fp);
	if (pend == PEG_MYP_NOT_YET_DUE)
		badge(fp, "neutral", "\xe2\x80\x93",
		      peg_msg(L, M_MYS_NOT_YET_DUE));
	else if (pend == PEG_MYP_NOT_VERIFIED || !mi->has_result)
		status_badge(fp, L, PEG_RS_MISSING);
	else
		status_badge(fp, L, peg_result_rstatus(&mi->res));
	fputs("</td></tr>\n", fp);
}

static void multiyear(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	const struct peg_multiyear *m = &r->multi;
	char a[PEG_NUMBUF], line[600];
	struct peg_msg_arg arg[2] = {
		{PEG_ARG_COUNT, NULL, (int64_t)m->objectives},
		{PEG_ARG_COUNT, NULL, r->rf.year}};
	h2(fp, "multiyear", L, M_MULTIYEAR);
	fputs("<p class=\"note\">", fp);
	peg_html_esc(fp, peg_msg_fill(L, PEG_MSG_DISPLAY, M_MY_INTRO, arg, 2,
				      line, sizeof(line)));
	fputs("</p>\n", fp);
	{
		static const struct hcol col[] = {
			{0, M_BLANK_HEAD},
			{0, M_COL_OBJECTIVE},
			{1, M_COL_TARGET},
			{1, M_COL_ACTUAL},
			{1, M_COL_SCORE},
			{0, M_COL_STATUS},
		};
		thead(fp, L, col, PEG_COUNT(col));
	}
	size_t last = (size_t)-1;
	for (size_t k = 0; k < m->nyr; k++) {
		const struct peg_my_year *yr = &m->yr[k];
		const struct peg_objective *o = &r->plan.obj[yr->obj];
		if (yr->obj != last) {
			last = yr->obj;
			fputs("<tr class=\"o\">", fp);
			td(fp, NULL, o->id);
			fputs("<td>", fp);
			peg_html_esc(fp, o->title);
			fputs(" <span class=\"k\">", fp);
			peg_html_esc(fp, o->duration);
			fputs(", ", fp);
			peg_html_esc(fp, o->sector);
			fputs("</span></td><td></td><td></td><td></td><td></td>"
			      "</tr>\n",
			      fp);
		}
		struct peg_msg_arg c[2] = {
			{PEG_ARG_COUNT, NULL, (int64_t)yr->verified},
			{PEG_ARG_COUNT, NULL, (int64_t)yr->indicators}};
		fprintf(fp, "<tr class=\"y\"><td></td><td><b>%d</b> ",
			yr->year);
		fputs("<span class=\"k\">", fp);
		peg_html_esc(fp, peg_msg(L, yr->year < r->rf.year ? M_MY_BEFORE
					    : yr->year > r->rf.year
						    ? M_MY_AFTER
						    : M_MY_RUN_YEAR));
		if (yr->indicators) {
			fputs(", ", fp);
			peg_html_esc(fp, peg_msg_fill(L, PEG_MSG_DISPLAY,
						      M_MY_VERIFIED_OF, c, 2,
						      line, sizeof(line)));
		}
		fputs("</span></td><td></td><td></td>", fp);
		td(fp, "n", yr->status == PEG_MY_SCORED
				    ? peg_fmt_pct(L, yr->achievement, a)
				    : "\xe2\x80\x94");
		fputs("<td>", fp);
		my_year_badge(fp, L, yr);
		fputs("</td></tr>\n", fp);
		for (size_t j = yr->first; j < yr->first + yr->count; j++)
			my_ind_row(fp, r, L, yr, &m->ind[j]);
	}
	fputs("</tbody></table>\n</section>\n", fp);
}

/* ---- distribution ----------------------------------------------------- */

/* The histogram of one group's premiums and its table. */
static int group_histogram(FILE *fp, const struct peg_run *r, enum peg_lang L,
			   enum peg_group g)
{
	struct peg_hist h;
	char a[PEG_NUMBUF], cap[300];
	if (peg_hist_build(&h, r, g, 12))
		return -1;
	int mg = g == PEG_GROUP_MANAGERS;
	fputs("<h3 class=\"cap\">", fp);
	peg_html_esc(fp, peg_msg(L, mg ? M_GROUP_MANAGERS : M_GROUP_STAFF));
	fputs("</h3>\n<figure>\n", fp);
	peg_svg_histogram(fp, r, L, &h, mg ? "hist-m" : "hist-s");
	snprintf(cap, sizeof(cap), "%zu %s, %zu %s", h.paid,
		 peg_msg(L, M_HIST_PAID), h.unpaid, peg_msg(L, M_HIST_UNPAID));
	fputs("<figcaption>", fp);
	peg_html_esc(fp, cap);
	fputs("</figcaption>\n</figure>\n<table>\n<caption class=\"note\">",
	      fp);
	peg_html_esc(fp, peg_msg(L, M_HIST_TABLE));
	fputs("</caption>\n<thead><tr>", fp);
	snprintf(cap, sizeof(cap), "%s (\xe2\x82\xac)", peg_msg(L, M_HIST_X));
	th(fp, NULL, cap);
	/* the areas that have someone in this group */
	unsigned char *used = calloc(h.narea ? h.narea : 1, 1);
	if (!used) {
		peg_hist_release(&h);
		return -1;
	}
	for (size_t bin = 0; bin < h.nbin; bin++)
		for (size_t k = 0; k < h.narea; k++)
			used[k] |= h.count[bin * h.narea + k] > 0;
	for (size_t k = 0; k < h.narea; k++)
		if (used[k])
			th(fp, "n", r->rules.pay.area[k].display);
	fputs("</tr></thead>\n<tbody>\n", fp);
	for (size_t bin = 0; bin < h.nbin; bin++) {
		size_t tot = 0;
		for (size_t k = 0; k < h.narea; k++)
			tot += h.count[bin * h.narea + k];
		if (!tot)
			continue;
		struct peg_msg_arg arg[2] = {
			{PEG_ARG_CENTS, NULL, (int64_t)bin * h.step},
			{PEG_ARG_CENTS, NULL, (int64_t)(bin + 1) * h.step}};
		peg_msg_fill(L, PEG_MSG_DISPLAY, M_FROM_TO, arg, 2, cap,
			     sizeof(cap));
		fputs("<tr>", fp);
		td(fp, NULL, cap);
		for (size_t k = 0; k < h.narea; k++) {
			if (!used[k])
				continue;
			snprintf(a, sizeof(a), "%zu",
				 h.count[bin * h.narea + k]);
			td(fp, "n", a);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table>\n", fp);
	free(used);
	peg_hist_release(&h);
	return 0;
}

static int distribution(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	int rc = 0;
	h2(fp, "distribution", L, M_H_DISTRIBUTION);
	for (int g = 0; g < 2; g++) {
		enum peg_group grp = g ? PEG_GROUP_MANAGERS : PEG_GROUP_STAFF;
		if (peg_group_has_pools(r, grp))
			rc |= group_histogram(fp, r, L, grp);
	}
	fputs("</section>\n", fp);
	return rc;
}

static int differentiation(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	peg_cents *tot[2] = {NULL, NULL};
	size_t n[2] = {0, 0};
	char g[2][PEG_NUMBUF], raw[PEG_NUMBUF];
	const char *gini[2] = {NULL, NULL};
	int failed = 0;
	for (int k = 0; k < 2; k++) {
		enum peg_group grp = k ? PEG_GROUP_MANAGERS : PEG_GROUP_STAFF;
		int oom;
		if (!peg_group_has_pools(r, grp))
			continue;
		tot[k] = peg_group_totals(r, grp, &n[k], &oom);
		failed |= oom;
		gini[k] =
			n[k] ? peg_fmt_plain(L, peg_gini_str(tot[k], n[k], raw),
					     g[k])
			     : peg_msg(L, M_LORENZ_NONE);
	}
	if (!failed) {
		h2(fp, "differentiation", L, M_H_DIFFERENTIATION);
		fputs("<figure>\n", fp);
		peg_svg_lorenz(fp, L, tot, n, gini);
		fputs("<figcaption>", fp);
		peg_html_esc(fp, peg_msg(L, M_LORENZ_NOTE));
		fputs("</figcaption>\n</figure>\n", fp);
		{
			static const struct hcol col[] = {
				{0, M_COL_GROUP},
				{1, M_PAYEES},
				{1, M_GINI},
			};
			thead(fp, L, col, PEG_COUNT(col));
		}
		for (int k = 0; k < 2; k++) {
			if (!gini[k])
				continue;
			char c[32];
			snprintf(c, sizeof(c), "%zu", n[k]);
			fputs("<tr>", fp);
			td(fp, NULL,
			   peg_msg(L, k ? M_GROUP_MANAGERS : M_GROUP_STAFF));
			td(fp, "n", c);
			td(fp, "n", gini[k]);
			fputs("</tr>\n", fp);
		}
		fputs("</tbody></table>\n</section>\n", fp);
	}
	free(tot[0]);
	free(tot[1]);
	return failed ? -1 : 0;
}

/* ---- pools, legal checks, transparency -------------------------------- */

/* The money of a pool the pools table shows, by the words of its line. */
static peg_cents pool_money(const struct peg_pool_res *res, enum peg_msg m)
{
	switch (m) {
	case M_AMOUNT:
		return res->amount;
	case M_PAID:
		return res->paid;
	case M_REDISTRIBUTED:
		return res->redistributed;
	case M_MAGGIORAZIONE:
		return res->maggiorazione;
	default:
		return res->economies;
	}
}

/* One line of the pools table: a figure of every pool. */
static void pool_line(FILE *fp, const struct peg_run *r, enum peg_lang L,
		      enum peg_msg label)
{
	char a[PEG_NUMBUF];
	fputs("<tr>", fp);
	th(fp, NULL, peg_msg(L, label));
	for (size_t pi = 0; pi < r->pay.npool; pi++)
		td(fp, "n",
		   peg_fmt_eur(L, pool_money(&r->pay.pool[pi], label), a));
	fputs("</tr>\n", fp);
}

static void pools(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	char a[PEG_NUMBUF];
	size_t np = r->pay.npool;
	h2(fp, "pools", L, M_H_POOLS);
	fputs("<figure>\n", fp);
	peg_svg_pools(fp, r, L);
	fputs("</figure>\n<table>\n<thead><tr>", fp);
	th(fp, NULL, peg_msg(L, M_POOL));
	for (size_t pi = 0; pi < np; pi++) {
		fputs("<th class=\"n nm\">", fp);
		peg_html_esc(fp, r->pay.pool[pi].pool->name);
		fputs(" <span class=\"k\">", fp);
		peg_html_esc(
			fp,
			peg_msg(L, peg_mode_msg(r->pay.pool[pi].pool->mode)));
		fputs("</span></th>", fp);
	}
	fputs("</tr></thead>\n<tbody>\n<tr>", fp);
	th(fp, NULL, peg_msg(L, M_COL_BASIS));
	for (size_t pi = 0; pi < np; pi++)
		td(fp, "n", r->pay.pool[pi].pool->basis);
	fputs("</tr>\n", fp);
	pool_line(fp, r, L, M_AMOUNT);
	fputs("<tr>", fp);
	th(fp, NULL, peg_msg(L, M_ELIGIBLE));
	for (size_t pi = 0; pi < np; pi++) {
		snprintf(a, sizeof(a), "%zu", r->pay.pool[pi].eligible);
		td(fp, "n", a);
	}
	fputs("</tr>\n", fp);
	pool_line(fp, r, L, M_PAID);
	pool_line(fp, r, L, M_REDISTRIBUTED);
	pool_line(fp, r, L, M_MAGGIORAZIONE);
	pool_line(fp, r, L, M_ECONOMIES);
	fputs("<tr>", fp);
	th(fp, NULL, peg_msg(L, M_CONSERVATION));
	for (size_t pi = 0; pi < np; pi++) {
		const struct peg_pool_res *res = &r->pay.pool[pi];
		/* the conservation law, checked again on what is shown */
		int ok = res->amount == res->paid + res->redistributed +
						res->maggiorazione +
						res->economies;
		fputs("<td class=\"n\">", fp);
		badge(fp, ok ? "met" : "notmet",
		      ok ? "\xe2\x9c\x94" : "\xe2\x9c\x98",
		      peg_msg(L, ok ? M_CONS_OK : M_CONS_FAIL));
		fputs("</td>", fp);
	}
	fputs("</tr>\n</tbody></table>\n<p class=\"note\">", fp);
	peg_html_esc(fp, peg_msg(L, M_CONSERVATION));
	fputs(": ", fp);
	peg_html_esc(fp, peg_msg(L, M_BALANCED));
	fputs("</p>\n</section>\n", fp);
}

static void legal(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	h2(fp, "legal", L, M_LEGAL_CHECKS);
	{
		static const struct hcol col[] = {
			{0, M_COL_RESULT},
			{0, M_COL_REFERENCE},
			{0, M_COL_DETAIL},
			{0, M_COL_LEVEL},
		};
		thead(fp, L, col, PEG_COUNT(col));
	}
	for (size_t i = 0; i < r->pay.ncheck; i++) {
		const struct peg_check *c = &r->pay.check[i];
		static const char *const cls[] = {"met", "notmet", "neutral"};
		static const char *const sign[] = {
			"\xe2\x9c\x94", "\xe2\x9c\x98", "\xe2\x80\x93"};
		char text[512];
		fputs("<tr><td>", fp);
		badge(fp, cls[c->status], sign[c->status],
		      peg_msg(L, peg_check_status_msg(c->status)));
		fputs("</td>", fp);
		td(fp, NULL, c->reference);
		td(fp, NULL, peg_check_text(c, L, text, sizeof(text)));
		td(fp, NULL, peg_msg(L, peg_level_msg(c->level)));
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table>\n</section>\n", fp);
}

struct trctx {
	FILE *fp;
	enum peg_lang L;
};

static enum peg_msg tr_measure(const char *m)
{
	static const struct {
		const char *name;
		enum peg_msg msg;
	} t[] = {
		{"allocated", M_TR_ALLOCATED},
		{"distributed", M_TR_DISTRIBUTED},
		{"economies", M_TR_ECONOMIES},
		{"persons", M_TR_PERSONS},
		{"payees", M_TR_PAYEES},
		{"average_achievable", M_TR_AVERAGE_ACHIEVABLE},
		{"average_paid", M_TR_AVERAGE_PAID},
		{"payees_ge_90pct_of_max", M_TR_GE90},
		{"payees_60_90pct_of_max", M_TR_60_90},
		{"payees_lt_60pct_of_max", M_TR_LT60},
		{"gini", M_TR_GINI},
	};
	size_t n = strlen(m);
	if (n > 8 && strcmp(m + n - 8, "_percent") == 0)
		n -= 8;
	for (size_t i = 0; i < PEG_COUNT(t); i++)
		if (strlen(t[i].name) == n && strncmp(t[i].name, m, n) == 0)
			return t[i].msg;
	return M_COUNT_;
}

static void tr_row(void *ctx, const struct peg_tr_row *row)
{
	struct trctx *c = ctx;
	FILE *fp = c->fp;
	enum peg_lang L = c->L;
	char v[PEG_NUMBUF + 8], n[PEG_NUMBUF], label[300];
	enum peg_msg m = tr_measure(row->measure);
	int pct = strstr(row->measure, "_percent") != NULL;

	fputs("<tr>", fp);
	td(fp, NULL,
	   peg_msg(L, row->group == PEG_GROUP_MANAGERS ? M_GROUP_MANAGERS
						       : M_GROUP_STAFF));
	td(fp, NULL, *row->area ? row->area : peg_msg(L, M_ALL_AREAS));
	if (m == M_COUNT_)
		snprintf(label, sizeof(label), "%s", row->measure);
	else
		snprintf(label, sizeof(label), "%s%s%s", peg_msg(L, m),
			 pct ? ", " : "",
			 pct ? peg_msg(L, M_TR_PERCENT_OF) : "");
	td(fp, NULL, label);
	switch (row->type) {
	case PEG_CELL_TEXT: { /* suppressed: "<N" */
		struct peg_msg_arg a = {PEG_ARG_TEXT, row->value + 1, 0};
		peg_msg_fill(L, PEG_MSG_DISPLAY, M_TR_SUPPRESSED, &a, 1, label,
			     sizeof(label));
		td(fp, "n note", label);
		break;
	}
	case PEG_CELL_MONEY: {
		peg_cents cents;
		const char *why;
		if (peg_parse_cents(row->value, PEG_DEC_POINT, 0, &cents, &why))
			td(fp, "n", row->value);
		else
			td(fp, "n", peg_fmt_eur(L, cents, v));
		break;
	}
	default:
		peg_fmt_plain(L, row->value, n);
		snprintf(v, sizeof(v), "%s%s", n,
			 pct ? (L == PEG_LANG_EN ? "%" : " %") : "");
		td(fp, "n", v);
	}
	fputs("</tr>\n", fp);
}

static void transparency(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	struct trctx c = {fp, L};
	char note[400];
	struct peg_msg_arg a = {PEG_ARG_COUNT, NULL, r->rules.pay.min_cell};
	h2(fp, "transparency", L, M_H_TRANSPARENCY);
	fputs("<p class=\"note\">", fp);
	peg_html_esc(fp, peg_msg_fill(L, PEG_MSG_DISPLAY, M_TR_NOTE, &a, 1,
				      note, sizeof(note)));
	fputs("</p>\n", fp);
	{
		static const struct hcol col[] = {
			{0, M_COL_GROUP},
			{0, M_COL_AREA},
			{0, M_COL_MEASURE},
			{1, M_COL_VALUE},
		};
		thead(fp, L, col, PEG_COUNT(col));
	}
	peg_transparency_rows(r, tr_row, &c);
	fputs("</tbody></table>\n</section>\n", fp);
}

int peg_write_report_html(const struct peg_run *r, FILE *fp)
{
	enum peg_lang L = r->lang;
	int rc = 0;
	header(fp, r, L);
	fputs("<main>\n", fp);
	key_figures(fp, r, L);
	achievement(fp, r, L);
	objectives(fp, r, L);
	if (r->phases.n)
		schedule(fp, r, L);
	if (r->multi.objectives)
		multiyear(fp, r, L);
	if (r->has_staff) {
		rc |= distribution(fp, r, L);
		rc |= differentiation(fp, r, L);
		pools(fp, r, L);
		legal(fp, r, L);
		transparency(fp, r, L);
	} else {
		fputs("<p>", fp);
		peg_html_esc(fp, peg_msg(L, M_NO_DISTRIBUTION));
		fputs("</p>\n", fp);
	}
	char foot[400];
	struct peg_msg_arg a = {PEG_ARG_TEXT, peg_version(), 0};
	fputs("</main>\n<footer>", fp);
	peg_html_esc(fp, peg_msg_fill(L, PEG_MSG_DISPLAY, M_FOOTER, &a, 1, foot,
				      sizeof(foot)));
	fputs("</footer>\n</body>\n</html>\n", fp);
	return rc;
}
