/*
 * report_svg.c - the charts of report.html, drawn as inline SVG from the
 * run's figures: no script, no font, no image from outside.
 *
 * Coordinates are computed in integers (tenths of a pixel) from the exact
 * values, so that the same run always draws the same bytes.  Every chart
 * carries a <title> for screen readers and every mark its own <title>
 * with the figure; colours come from a colour-blind safe palette and are
 * never the only carrier of a meaning (legends and labels say it too).
 */
#include "report.h"

#include <string.h>

/* Okabe-Ito, without the yellow that vanishes on white paper. */
static const char *const palette[] = {"#0072B2", "#E69F00", "#009E73",
				      "#CC79A7", "#56B4E9", "#D55E00",
				      "#000000", "#999999"};

const char *peg_svg_color(size_t i)
{
	return palette[i % PEG_COUNT(palette)];
}

/* Prints a length in tenths of a pixel: 1234 -> "123.4", 1230 -> "123". */
static void px(FILE *fp, long long v10)
{
	if (v10 < 0) {
		fputc('-', fp);
		v10 = -v10;
	}
	if (v10 % 10)
		fprintf(fp, "%lld.%lld", v10 / 10, v10 % 10);
	else
		fprintf(fp, "%lld", v10 / 10);
}

/* v / max of a length, in tenths of a pixel, rounded. */
static long long scale10(__int128 v, __int128 max, long len)
{
	if (max <= 0)
		return 0;
	return (long long)peg_div_round(v * len * 10, max);
}

static void svg_open(FILE *fp, long w, long h, const char *title,
		     const char *id)
{
	fprintf(fp,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %ld "
		"%ld\" width=\"%ld\" height=\"%ld\" role=\"img\" "
		"aria-labelledby=\"%s\" class=\"chart\"><title id=\"%s\">",
		w, h, w, h, id, id);
	peg_html_esc(fp, title);
	fputs("</title>\n", fp);
}

/* A text element; anchor start/middle/end; cls may be NULL. */
static void text(FILE *fp, long long x10, long long y10, const char *anchor,
		 const char *cls, const char *s)
{
	fputs("<text x=\"", fp);
	px(fp, x10);
	fputs("\" y=\"", fp);
	px(fp, y10);
	fprintf(fp, "\" text-anchor=\"%s\"", anchor);
	if (cls)
		fprintf(fp, " class=\"%s\"", cls);
	fputc('>', fp);
	peg_html_esc(fp, s);
	fputs("</text>\n", fp);
}

static void rect(FILE *fp, long long x10, long long y10, long long w10,
		 long long h10, const char *fill, const char *tip)
{
	fputs("<rect x=\"", fp);
	px(fp, x10);
	fputs("\" y=\"", fp);
	px(fp, y10);
	fputs("\" width=\"", fp);
	px(fp, w10);
	fputs("\" height=\"", fp);
	px(fp, h10);
	fprintf(fp, "\" fill=\"%s\">", fill);
	if (tip) {
		fputs("<title>", fp);
		peg_html_esc(fp, tip);
		fputs("</title>", fp);
	}
	fputs("</rect>\n", fp);
}

static void line(FILE *fp, long long x1, long long y1, long long x2,
		 long long y2, const char *cls)
{
	fputs("<line x1=\"", fp);
	px(fp, x1);
	fputs("\" y1=\"", fp);
	px(fp, y1);
	fputs("\" x2=\"", fp);
	px(fp, x2);
	fputs("\" y2=\"", fp);
	px(fp, y2);
	fprintf(fp, "\" class=\"%s\"/>\n", cls);
}

/* A label cut to at most max characters (UTF-8 aware) with an ellipsis. */
static const char *cut(const char *s, size_t max, char *buf, size_t size)
{
	size_t chars = 0, i = 0;
	for (; s[i]; i++) {
		if (((unsigned char)s[i] & 0xC0) == 0x80)
			continue;
		if (chars == max)
			break;
		chars++;
	}
	if (!s[i] || i + 4 > size)
		return s;
	memcpy(buf, s, i);
	memcpy(buf + i, "\xe2\x80\xa6", 4); /* … */
	return buf;
}

/*
 * The width of a label in tenths of a pixel at the charts' 12 px, bold
 * (the widest case), over-estimated from DejaVu Sans Bold's advances so
 * that a label measured to fit does fit in any of the page's fonts:
 * narrow letters and punctuation, t f r and brackets, m w and M W,
 * other capitals and digits, every other character.
 */
static long long char_w10(const char *p)
{
	unsigned char c = (unsigned char)*p;
	if (strchr("ijl.,:;!|' ", c))
		return 45;
	if (strchr("ftrI()[]-/", c))
		return 62;
	if (strchr("mwMW", c))
		return 125;
	if (c >= 'A' && c <= 'Z')
		return 95;
	return 86;
}

/* A label cut, with an ellipsis, to at most w10 tenths of a pixel. */
static const char *cut_w(const char *s, long long w10, char *buf,
			 size_t size)
{
	long long used = 0;
	size_t i = 0, fit = 0; /* bytes that fit with the ellipsis */
	for (; s[i]; i++) {
		if (((unsigned char)s[i] & 0xC0) == 0x80)
			continue;
		if (used + 100 <= w10) /* 100: the ellipsis */
			fit = i;
		used += char_w10(s + i);
	}
	if (used <= w10)
		return s;
	if (size < 4)
		return s;
	while (fit + 4 > size ||
	       (fit && ((unsigned char)s[fit] & 0xC0) == 0x80))
		fit--; /* a small buffer: back to a character's start */
	while (fit && s[fit - 1] == ' ')
		fit--;
	memcpy(buf, s, fit);
	memcpy(buf + fit, "\xe2\x80\xa6", 4); /* … */
	return buf;
}

/* A legend entry: a swatch and its words; returns the next x. */
static long long legend(FILE *fp, long long x10, long long y10,
			const char *color, const char *label, int dashed)
{
	if (dashed < 0)
		rect(fp, x10, y10 - 100, 120, 120, color, NULL);
	else {
		fputs("<line x1=\"", fp);
		px(fp, x10);
		fputs("\" y1=\"", fp);
		px(fp, y10 - 40);
		fputs("\" x2=\"", fp);
		px(fp, x10 + 240);
		fputs("\" y2=\"", fp);
		px(fp, y10 - 40);
		fprintf(fp, "\" stroke=\"%s\" stroke-width=\"3\"%s/>\n", color,
			dashed ? " stroke-dasharray=\"6 4\"" : "");
	}
	long long tx = x10 + (dashed < 0 ? 180 : 300);
	text(fp, tx, y10, "start", NULL, label);
	size_t n = 0;
	for (const char *p = label; *p; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	return tx + (long long)n * 70 + 200;
}

/* ---- achievement ------------------------------------------------------ */

enum {
	ACH_W = 900,
	ACH_LABEL = 330, /* labels end here, right-aligned */
	ACH_X0 = 340,
	ACH_PW = 470,
	ACH_TOP = 46,
	ACH_BAR = 14,
	ACH_GROUP = 44
};

static void ach_group(FILE *fp, enum peg_lang L, size_t g,
		      const struct peg_sector_result *s, const char *label,
		      peg_fix max, int bold)
{
	static const char *const color[2] = {"#1F5F99", "#E69F00"};
	char v[PEG_NUMBUF], tip[512], cl[256];
	long long y = (ACH_TOP + (long long)g * ACH_GROUP) * 10;
	fputs("<g>", fp);
	text(fp, ACH_LABEL * 10, y + 200, "end", bold ? "b" : NULL,
	     cut_w(label, (ACH_LABEL - 4) * 10, cl, sizeof(cl)));
	for (int k = 0; k < 2; k++) {
		int has = k ? s->has_pay : s->has_all;
		peg_fix val = k ? s->pay_ach : s->all;
		long long by = y + (long long)k * (ACH_BAR + 2) * 10;
		const char *vs = has ? peg_fmt_pct(L, val, v)
				     : peg_msg(L, M_NOT_MEASURABLE);
		snprintf(tip, sizeof(tip), "%s, %s: %s", label,
			 peg_msg(L, k ? M_INCENTIVIZED_OBJECTIVES
				      : M_ALL_OBJECTIVES),
			 vs);
		long long w = has ? scale10(val, max, ACH_PW) : 0;
		if (has)
			rect(fp, ACH_X0 * 10, by, w, ACH_BAR * 10, color[k],
			     tip);
		text(fp, ACH_X0 * 10 + w + 50, by + 115, "start", "v", vs);
	}
	fputs("</g>\n", fp);
}

void peg_svg_achievement(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	const struct peg_scores *s = &r->scores;
	size_t ng = 1 + s->nsec;
	long h = ACH_TOP + (long)ng * ACH_GROUP + 30;
	/* the axis: 0 to 100, or further when a cap lets scores pass 100 */
	peg_fix max = PEG_FIX(100);
	for (size_t k = 0; k <= s->nsec; k++) {
		const struct peg_sector_result *x =
			k ? &s->sec[k - 1] : &s->ente;
		if (x->has_all && x->all > max)
			max = x->all;
		if (x->has_pay && x->pay_ach > max)
			max = x->pay_ach;
	}
	max = (max + PEG_FIX(20) - 1) / PEG_FIX(20) * PEG_FIX(20);

	svg_open(fp, ACH_W, h, peg_msg(L, M_ACH_CHART), "ach-t");
	long long lx = legend(fp, ACH_X0 * 10, 220, "#1F5F99",
			      peg_msg(L, M_ALL_OBJECTIVES), -1);
	legend(fp, lx, 220, "#E69F00", peg_msg(L, M_INCENTIVIZED_OBJECTIVES),
	       -1);
	long long ybot = (ACH_TOP + (long long)ng * ACH_GROUP) * 10;
	for (peg_fix t = 0; t <= max; t += PEG_FIX(20)) {
		char n[PEG_NUMBUF], lab[PEG_NUMBUF + 4];
		long long x = ACH_X0 * 10 + scale10(t, max, ACH_PW);
		line(fp, x, (ACH_TOP - 6) * 10, x, ybot, t ? "grid" : "axis");
		snprintf(lab, sizeof(lab), "%s%%", peg_fmt_fix(L, t, n));
		text(fp, x, ybot + 160, "middle", "t", lab);
	}
	ach_group(fp, L, 0, &s->ente,
		  r->rf.ente[0] ? r->rf.ente : peg_msg(L, M_ENTE), max, 1);
	for (size_t k = 0; k < s->nsec; k++)
		ach_group(fp, L, k + 1, &s->sec[k], s->sec[k].name, max, 0);
	fputs("</svg>\n", fp);
}

/* ---- histogram -------------------------------------------------------- */

enum { H_W = 900, H_H = 380, H_X0 = 70, H_TOP = 60, H_PW = 800, H_PH = 240 };

/* A round step for an axis of counts up to max, at most 6 steps. */
static size_t count_step(size_t max)
{
	static const size_t m[] = {1, 2, 5};
	for (size_t p = 1;; p *= 10)
		for (size_t i = 0; i < 3; i++)
			if (max / (m[i] * p) + (max % (m[i] * p) != 0) <= 6)
				return m[i] * p;
}

/* Euros of an amount of cents, without decimals when whole. */
static char *euros(enum peg_lang L, peg_cents c, char *buf)
{
	if (c % 100 == 0)
		return peg_fmt_fix(L, (c / 100) * PEG_FIX_ONE, buf);
	return peg_fmt_num(L, c * (PEG_FIX_ONE / 100), 2, buf);
}

void peg_svg_histogram(FILE *fp, const struct peg_run *r, enum peg_lang L,
		       const struct peg_hist *h, const char *id)
{
	size_t top = 0;
	for (size_t b = 0; b < h->nbin; b++) {
		size_t t = 0;
		for (size_t a = 0; a < h->narea; a++)
			t += h->count[b * h->narea + a];
		if (t > top)
			top = t;
	}
	size_t step = count_step(top ? top : 1);
	size_t ymax = (top + step - 1) / step * step;
	if (!ymax)
		ymax = step;

	svg_open(fp, H_W, H_H, peg_msg(L, M_HIST_CHART), id);
	/* legend: every area with someone in it */
	long long lx = H_X0 * 10;
	for (size_t a = 0; a < h->narea; a++) {
		size_t t = 0;
		for (size_t b = 0; b < h->nbin; b++)
			t += h->count[b * h->narea + a];
		if (t)
			lx = legend(fp, lx, 220, peg_svg_color(a),
				    r->rules.pay.area[a].display, -1);
	}
	long long y0 = (H_TOP + H_PH) * 10;
	for (size_t t = 0; t <= ymax; t += step) {
		char n[32];
		long long y = y0 - scale10((__int128)t, (__int128)ymax, H_PH);
		line(fp, H_X0 * 10, y, (H_X0 + H_PW) * 10, y,
		     t ? "grid" : "axis");
		snprintf(n, sizeof(n), "%zu", t);
		text(fp, H_X0 * 10 - 60, y + 40, "end", "t", n);
	}
	long long bw = scale10(1, (__int128)h->nbin, H_PW);
	for (size_t b = 0; b < h->nbin; b++) {
		long long x = H_X0 * 10 + (long long)b * bw;
		long long y = y0;
		char lo[PEG_NUMBUF], hi[PEG_NUMBUF], range[160], tip[400];
		struct peg_msg_arg arg[2] = {
			{PEG_ARG_TEXT, euros(L, (peg_cents)b * h->step, lo), 0},
			{PEG_ARG_TEXT,
			 euros(L, (peg_cents)(b + 1) * h->step, hi), 0}};
		peg_msg_fill(L, PEG_MSG_DISPLAY, M_FROM_TO, arg, 2, range,
			     sizeof(range));
		for (size_t a = 0; a < h->narea; a++) {
			size_t c = h->count[b * h->narea + a];
			if (!c)
				continue;
			long long bh =
				scale10((__int128)c, (__int128)ymax, H_PH);
			y -= bh;
			snprintf(tip, sizeof(tip), "%s \xe2\x82\xac, %s: %zu",
				 range, r->rules.pay.area[a].display, c);
			rect(fp, x + bw / 12, y, bw - bw / 6, bh,
			     peg_svg_color(a), tip);
		}
		text(fp, x, y0 + 170, "middle", "t", lo);
	}
	{
		char hi[PEG_NUMBUF];
		text(fp, H_X0 * 10 + (long long)h->nbin * bw, y0 + 170,
		     "middle", "t", euros(L, (peg_cents)h->nbin * h->step, hi));
	}
	char xt[200];
	snprintf(xt, sizeof(xt), "%s (\xe2\x82\xac)", peg_msg(L, M_HIST_X));
	text(fp, (H_X0 + H_PW / 2) * 10, y0 + 430, "middle", "at", xt);
	fprintf(fp,
		"<text transform=\"translate(16 %d) rotate(-90)\" "
		"text-anchor=\"middle\" class=\"at\">",
		H_TOP + H_PH / 2);
	peg_html_esc(fp, peg_msg(L, M_HIST_Y));
	fputs("</text>\n</svg>\n", fp);
}

/* ---- Lorenz curve ----------------------------------------------------- */

enum {
	LZ_W = 700,
	LZ_H = 450,
	LZ_X0 = 70,
	LZ_TOP = 20,
	LZ_P = 360,
	LZ_MAXPTS = 400
};

static void lorenz_curve(FILE *fp, const peg_cents *x, size_t n,
			 const char *color, int dashed, const char *tip)
{
	__int128 sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += x[i];
	size_t every = n > LZ_MAXPTS ? (n + LZ_MAXPTS - 1) / LZ_MAXPTS : 1;
	fprintf(fp,
		"<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s "
		"points=\"",
		color, dashed ? " stroke-dasharray=\"6 4\"" : "");
	long long y0 = (LZ_TOP + LZ_P) * 10;
	px(fp, LZ_X0 * 10);
	fputc(',', fp);
	px(fp, y0);
	__int128 cum = 0;
	for (size_t i = 1; i <= n; i++) {
		cum += x[i - 1];
		if (i % every && i != n)
			continue;
		fputc(' ', fp);
		px(fp, LZ_X0 * 10 + scale10((__int128)i, (__int128)n, LZ_P));
		fputc(',', fp);
		px(fp, y0 - scale10(cum, sum, LZ_P));
	}
	fputs("\"><title>", fp);
	peg_html_esc(fp, tip);
	fputs("</title></polyline>\n", fp);
}

void peg_svg_lorenz(FILE *fp, enum peg_lang L, peg_cents *const totals[2],
		    const size_t n[2], const char *const gini[2])
{
	static const char *const color[2] = {"#0072B2", "#D55E00"};
	svg_open(fp, LZ_W, LZ_H, peg_msg(L, M_LORENZ_CHART), "lz-t");
	long long y0 = (LZ_TOP + LZ_P) * 10;
	for (int t = 0; t <= 100; t += 20) {
		char lab[16];
		long long d = scale10(t, 100, LZ_P);
		snprintf(lab, sizeof(lab), "%d%%", t);
		line(fp, LZ_X0 * 10 + d, LZ_TOP * 10, LZ_X0 * 10 + d, y0,
		     t ? "grid" : "axis");
		line(fp, LZ_X0 * 10, y0 - d, (LZ_X0 + LZ_P) * 10, y0 - d,
		     t ? "grid" : "axis");
		text(fp, LZ_X0 * 10 + d, y0 + 170, "middle", "t", lab);
		text(fp, LZ_X0 * 10 - 60, y0 - d + 40, "end", "t", lab);
	}
	line(fp, LZ_X0 * 10, y0, (LZ_X0 + LZ_P) * 10, LZ_TOP * 10, "eq");
	long long ly = (LZ_TOP + 30) * 10, lx = (LZ_X0 + LZ_P + 24) * 10;
	fputs("<line x1=\"", fp);
	px(fp, lx);
	fputs("\" y1=\"", fp);
	px(fp, ly - 40);
	fputs("\" x2=\"", fp);
	px(fp, lx + 240);
	fputs("\" y2=\"", fp);
	px(fp, ly - 40);
	fputs("\" class=\"eq\"/>\n", fp);
	text(fp, lx + 300, ly, "start", NULL, peg_msg(L, M_LORENZ_EQUALITY));
	for (int g = 0; g < 2; g++) {
		if (!gini[g])
			continue;
		char lab[200];
		snprintf(lab, sizeof(lab), "%s: %s%s%s",
			 peg_msg(L, g ? M_GROUP_MANAGERS : M_GROUP_STAFF),
			 n[g] ? peg_msg(L, M_GINI) : "", n[g] ? " " : "",
			 gini[g]);
		ly += 260;
		legend(fp, lx, ly, color[g], lab, g);
		if (n[g])
			lorenz_curve(fp, totals[g], n[g], color[g], g, lab);
	}
	text(fp, (LZ_X0 + LZ_P / 2) * 10, y0 + 430, "middle", "at",
	     peg_msg(L, M_LORENZ_X));
	fprintf(fp,
		"<text transform=\"translate(16 %d) rotate(-90)\" "
		"text-anchor=\"middle\" class=\"at\">",
		LZ_TOP + LZ_P / 2);
	peg_html_esc(fp, peg_msg(L, M_LORENZ_Y));
	fputs("</text>\n</svg>\n", fp);
}

/* ---- pools ------------------------------------------------------------ */

enum { P_W = 900, P_X0 = 180, P_PW = 560, P_TOP = 46, P_ROW = 32 };

void peg_svg_pools(FILE *fp, const struct peg_run *r, enum peg_lang L)
{
	static const char *const color[4] = {"#0072B2", "#56B4E9", "#009E73",
					     "#999999"};
	static const enum peg_msg part[4] = {M_PAID, M_REDISTRIBUTED,
					     M_MAGGIORAZIONE, M_ECONOMIES};
	peg_cents max = 0;
	for (size_t pi = 0; pi < r->pay.npool; pi++)
		if (r->pay.pool[pi].amount > max)
			max = r->pay.pool[pi].amount;
	long h = P_TOP + (long)r->pay.npool * P_ROW + 10;
	svg_open(fp, P_W, h, peg_msg(L, M_POOLS_CHART), "pools-t");
	long long lx = 100;
	for (int k = 0; k < 4; k++)
		lx = legend(fp, lx, 220, color[k], peg_msg(L, part[k]), -1);
	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		const struct peg_pool_res *res = &r->pay.pool[pi];
		peg_cents v[4] = {res->paid, res->redistributed,
				  res->maggiorazione, res->economies};
		long long y = (P_TOP + (long long)pi * P_ROW) * 10;
		long long x = P_X0 * 10;
		char a[PEG_NUMBUF], tip[300], cl[128];
		text(fp, x - 100, y + 140, "end", NULL,
		     cut(res->pool->name, 22, cl, sizeof(cl)));
		__int128 cum = 0;
		for (int k = 0; k < 4; k++) {
			if (v[k] <= 0)
				continue;
			/* segment ends computed from the running sum, so the
			 * segments always add up to the pool's length */
			long long x1 = P_X0 * 10 + scale10(cum, max, P_PW);
			cum += v[k];
			long long x2 = P_X0 * 10 + scale10(cum, max, P_PW);
			snprintf(tip, sizeof(tip), "%s, %s: %s",
				 res->pool->name, peg_msg(L, part[k]),
				 peg_fmt_eur(L, v[k], a));
			rect(fp, x1, y, x2 - x1, 200, color[k], tip);
		}
		text(fp, P_X0 * 10 + scale10(res->amount, max, P_PW) + 60,
		     y + 140, "start", "v", peg_fmt_eur(L, res->amount, a));
	}
	fputs("</svg>\n", fp);
}
