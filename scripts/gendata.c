/*
 * gendata.c - synthetic input data for pegaso, deterministic from a seed
 * (the same seed gives the same bytes on every machine: the generator is
 * our own xorshift, never rand()).
 *
 *   gendata demo  --plan DIR --year Y --seed S --out DIR [--employees N]
 *       staff, absences, assignments, evaluations and verifications for
 *       an existing plan (the demo year): settori from the plan, the
 *       shapes of a real comune (areas, part time, transfers, absences,
 *       conventions, managers), every indicator of the year verified;
 *       when the plan has phases.csv, the phase verifications of the
 *       year (verifiche-fasi.csv).
 *
 *   gendata synth --objectives N --positions M --seed S --out DIR
 *                 [--phases MAX] [--assignments MAX]
 *       a whole synthetic year at any size: plan (1-10 indicators per
 *       objective, mean 4, every kind, 12 objectives per settore),
 *       verifications, about M positions (one person in twenty has
 *       two), absences, assignments (1 to MAX objectives per person,
 *       default 6: about 3 per position), evaluations, and a run file
 *       with its rules; with --phases, 1 to MAX phases per objective,
 *       indicators of kind phases and the phase verifications (the rest
 *       of the dataset unchanged).
 *
 * Everything it writes is synthetic and says so in a comment of the run
 * file; no real person is described.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvwrite.h"
#include "num.h"
#include "phase.h"
#include "plan.h"
#include "util.h"

static uint64_t rng = 88172645463325252ULL;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* 0 .. n-1 */
static long pick(long n)
{
	return n > 0 ? (long)(next() % (uint64_t)n) : 0;
}

/* true with probability pct/100 */
static int chance(int pct)
{
	return pick(100) < pct;
}

static FILE *open_out(const char *dir, const char *name)
{
	char p[4096];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *fp = fopen(p, "wb");
	if (!fp) {
		fprintf(stderr, "gendata: %s: %s\n", p, strerror(errno));
		exit(1);
	}
	return fp;
}

static void close_out(FILE *fp)
{
	if (fclose(fp) != 0) {
		fprintf(stderr, "gendata: write error: %s\n", strerror(errno));
		exit(1);
	}
}

static void put_num(struct peg_csvw *w, long units, int decimals)
{
	char b[64];
	long one = 1;
	for (int i = 0; i < decimals; i++)
		one *= 10;
	if (decimals)
		snprintf(b, sizeof(b), "%s%ld.%0*ld", units < 0 ? "-" : "",
			 labs(units) / one, decimals, labs(units) % one);
	else
		snprintf(b, sizeof(b), "%ld", units);
	peg_csvw_number(w, b);
}

/* ---- people ----------------------------------------------------------- */

static const char *const legacy_areas[] = {"A", "B", "C", "D"};
static const int area_share[] = {5, 30, 45, 20}; /* percent */

static const char *an_area(void)
{
	long x = pick(100), acc = 0;
	for (int i = 0; i < 4; i++) {
		acc += area_share[i];
		if (x < acc)
			return legacy_areas[i];
	}
	return "C";
}

static const char *const part_times[] = {"50", "66.67", "75", "83.33"};

struct sector {
	const char *name;
	size_t *obj;  /* objective indices of this settore */
	size_t nobj;
	long staff;   /* employees to generate */
};

/* Writes staff, absences, assignments and evaluations for n employees
 * spread over the settori; managers (one per settore) get area
 * "Dirigenti" and a base amount. */
static void people(const char *out, struct sector *sec, size_t nsec,
		   const struct peg_plan *p, int diy, long first_id,
		   long maxasg)
{
	FILE *fs = open_out(out, "staff.csv"), *fa = open_out(out, "absences.csv"),
	     *fg = open_out(out, "assignments.csv"),
	     *fe = open_out(out, "evaluations.csv");
	struct peg_csvw s, a, g, e;
	peg_csvw_init(&s, fs, PEG_CSV_RFC4180);
	peg_csvw_init(&a, fa, PEG_CSV_RFC4180);
	peg_csvw_init(&g, fg, PEG_CSV_RFC4180);
	peg_csvw_init(&e, fe, PEG_CSV_RFC4180);
	static const char *const sh[] = {
		"employee_id", "area", "position", "sector", "part_time",
		"days_in_service", "convention_share", "base_amount", "excluded",
		"excluded_reason", NULL};
	static const char *const ah[] = {"employee_id", "cause", "days",
					 "position", NULL};
	static const char *const gh[] = {"employee_id", "objective_id",
					 "weight", NULL};
	static const char *const eh[] = {"employee_id", "component", "score",
					 NULL};
	peg_csvw_header(&s, sh);
	peg_csvw_header(&a, ah);
	peg_csvw_header(&g, gh);
	peg_csvw_header(&e, eh);

	long id = first_id;
	char idb[32];
	for (size_t k = 0; k < nsec; k++) {
		for (long j = 0; j <= sec[k].staff; j++) {
			int manager = j == sec[k].staff;
			snprintf(idb, sizeof(idb), "%ld", id++);
			const char *area = manager ? "Dirigenti" : an_area();
			int transfer = !manager && nsec > 1 && chance(5);
			long days = chance(8) ? 100 + pick(diy - 100) : diy;
			const char *pt = !manager && chance(12)
						 ? part_times[pick(4)]
						 : "100";
			const char *conv = chance(3) ? "50" : "100";
			int excluded = !manager && chance(1);
			long base = manager ? 1200000 + pick(600001) : 0;
			size_t k2 = (k + 1 + (size_t)pick((long)nsec - 1)) % nsec;
			long d1 = transfer ? 30 + pick(days - 60) : days;
			for (int pos = 0; pos < 1 + transfer; pos++) {
				peg_csvw_text(&s, idb);
				peg_csvw_text(&s, area);
				peg_csvw_text(&s, transfer ? (pos ? "b" : "a") : "");
				peg_csvw_text(&s, sec[pos ? k2 : k].name);
				peg_csvw_number(&s, pt);
				put_num(&s, pos ? days - d1 : d1, 0);
				peg_csvw_number(&s, conv);
				if (manager)
					put_num(&s, base, 2);
				else
					peg_csvw_text(&s, NULL);
				peg_csvw_text(&s, excluded ? "yes" : "no");
				peg_csvw_text(&s, excluded ? "sanzione disciplinare "
							     "(dato sintetico)"
							   : "");
				peg_csvw_end(&s);
			}
			/* absences: sickness, leave, L. 104, maternity */
			if (chance(35)) {
				peg_csvw_text(&a, idb);
				peg_csvw_text(&a, "MAL");
				put_num(&a, 10 + pick(400) / 10 * 10 +
						    (chance(20) ? 5 : 0),
					1);
				peg_csvw_text(&a, NULL);
				peg_csvw_end(&a);
			}
			struct {
				const char *cause;
				int pct;
				long lo, span;
			} other[] = {{"ASP", 2, 10, 50},
				     {"MAT", 4, 60, 90},
				     {"PAR", 5, 5, 25},
				     {"L104", 3, 6, 30}};
			for (size_t o = 0; o < 4; o++) {
				if (!chance(other[o].pct))
					continue;
				peg_csvw_text(&a, idb);
				peg_csvw_text(&a, other[o].cause);
				long dd = other[o].lo + pick(other[o].span);
				if (dd > d1 / 2)
					dd = d1 / 2 > 1 ? d1 / 2 : 1;
				put_num(&a, dd, 0);
				peg_csvw_text(&a, NULL);
				peg_csvw_end(&a);
			}
			/* assignments: 1 to maxasg objectives of the settore, or
			 * all of them for its manager; some have none */
			size_t n = sec[k].nobj;
			if (n && (manager || !chance(10))) {
				size_t m = manager ? n : 1 + (size_t)pick(maxasg);
				if (m > n)
					m = n;
				size_t start = (size_t)pick((long)n);
				for (size_t q = 0; q < m; q++) {
					peg_csvw_text(&g, idb);
					peg_csvw_text(&g,
						      p->obj[sec[k].obj[(start + q) % n]]
							      .id);
					put_num(&g, 1 + pick(2), 0);
					peg_csvw_end(&g);
				}
			}
			/* evaluations: mostly 70-98, a few below 60 */
			static const char *const comps[] = {"behaviour",
							    "contribution"};
			for (int c = 0; c < 2; c++) {
				long v = chance(6) ? 3000 + pick(3000)
						   : 7000 + pick(2800);
				peg_csvw_text(&e, idb);
				peg_csvw_text(&e, comps[c]);
				put_num(&e, v, 2);
				peg_csvw_end(&e);
			}
		}
	}
	close_out(fs);
	close_out(fa);
	close_out(fg);
	close_out(fe);
}

/* ---- verifications ---------------------------------------------------- */

/* x * (lo..hi percent), in fixed point */
static peg_fix scale(peg_fix x, long lo, long hi)
{
	long pct = lo + pick(hi - lo + 1);
	return (peg_fix)((__int128)x * pct / 100 / 10000 * 10000);
}

/* keep_draws: an indicator of kind phases (no row) takes the draws of a
 * percent, so that the demo's other rows keep the values they had before
 * cards 35 and 36 became of kind phases. */
static void verifications(const char *out, const struct peg_plan *p, int year,
			  int keep_draws)
{
	FILE *fp = open_out(out, "verifiche.csv");
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	static const char *const head[] = {"indicator_id", "year", "actual",
					   "status", "note", "evidence", NULL};
	peg_csvw_header(&w, head);
	char b[PEG_NUMBUF];
	for (size_t i = 0; i < p->nind; i++) {
		const struct peg_indicator *in = &p->ind[i];
		if (in->year != year)
			continue;
		if (in->kind == PEG_KIND_PHASES) {
			/* measured from the phase verifications: no row */
			if (keep_draws && !chance(3))
				(void)scale(in->target, 55, 120);
			continue;
		}
		peg_csvw_text(&w, in->id);
		put_num(&w, year, 0);
		if (in->kind == PEG_KIND_QUALITATIVE || chance(3)) {
			int neutral = in->kind != PEG_KIND_QUALITATIVE;
			if (neutral)
				peg_csvw_text(&w, NULL);
			else
				put_num(&w, 60 + pick(41), 0);
			peg_csvw_text(&w, neutral ? "neutralized" : "judgement");
			peg_csvw_text(&w, neutral
						  ? "causa esterna non imputabile "
						    "(dato sintetico)"
						  : "giudizio del Nucleo di "
						    "valutazione (dato sintetico)");
			peg_csvw_text(&w, "sintetico");
			peg_csvw_end(&w);
			continue;
		}
		switch (in->kind) {
		case PEG_KIND_DEADLINE:
			peg_csvw_date(&w, in->target_date - 60 + (peg_date)pick(136));
			break;
		case PEG_KIND_BOOLEAN:
			peg_csvw_text(&w, chance(85) ? "yes" : "no");
			break;
		case PEG_KIND_MAX:
			peg_csvw_number(&w, peg_fix_str(scale(in->target, 50, 150), b));
			break;
		case PEG_KIND_PP_INCREMENT:
			peg_csvw_number(&w, peg_fix_str(in->baseline +
							       scale(in->target, 30,
								     130),
						       b));
			break;
		case PEG_KIND_RELATIVE_CHANGE:
			if (in->has_baseline)
				/* B x (1 + T/100 x 30..130%) */
				peg_csvw_number(
					&w,
					peg_fix_str(in->baseline +
							    (peg_fix)((__int128)in->baseline *
								      scale(in->target, 30,
									    130) /
								      PEG_FIX(100)),
						    b));
			else
				peg_csvw_number(&w, peg_fix_str(scale(in->target, 30,
								       130),
								 b));
			break;
		default:
			peg_csvw_number(&w, peg_fix_str(scale(in->target, 55, 120), b));
		}
		peg_csvw_text(&w, NULL);
		peg_csvw_text(&w, NULL);
		peg_csvw_text(&w, "sintetico");
		peg_csvw_end(&w);
	}
	close_out(fp);
}

/* ---- phase verifications ---------------------------------------------- */

/*
 * One row per phase due in `year`: most done on time (up to 74 days
 * before the due date, never before 1 January), some late (1 to 60
 * days), a few not done, a few neutralized.
 */
static void phase_verifications(const char *out, const struct peg_phases *ps,
				int year)
{
	FILE *fp = open_out(out, "verifiche-fasi.csv");
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	static const char *const head[] = {"phase_id", "year", "done",
					   "status", "note", "evidence", NULL};
	peg_csvw_header(&w, head);
	peg_date jan1 = peg_date_from_ymd(year, 1, 1);
	for (size_t i = 0; i < ps->n; i++) {
		peg_date due;
		if (!peg_phase_due(&ps->ph[i], year, &due))
			continue;
		peg_csvw_text(&w, ps->ph[i].id);
		put_num(&w, year, 0);
		long x = pick(100);
		if (x < 3) {
			peg_csvw_text(&w, NULL);
			peg_csvw_text(&w, "neutralized");
			peg_csvw_text(&w, "causa esterna non imputabile (dato "
					  "sintetico)");
		} else if (x < 9) {
			peg_csvw_text(&w, NULL);
			peg_csvw_text(&w, "not_done");
			peg_csvw_text(&w, NULL);
		} else {
			peg_date d = x < 80 ? due - (peg_date)pick(75)
					    : due + 1 + (peg_date)pick(60);
			peg_csvw_date(&w, d < jan1 ? jan1 : d);
			peg_csvw_text(&w, NULL);
			peg_csvw_text(&w, NULL);
		}
		peg_csvw_text(&w, "sintetico");
		peg_csvw_end(&w);
	}
	close_out(fp);
}

/* ---- demo ------------------------------------------------------------- */

static int demo(const char *plan_dir, int year, const char *out, long employees)
{
	struct peg_plan p;
	struct peg_diag d;
	peg_diag_init(&d);
	if (peg_plan_load(&p, plan_dir, year, NULL, &d)) {
		char m[1024];
		peg_diag_format(&d.item[0], m, sizeof(m));
		fprintf(stderr, "gendata: %s\n", m);
		return 1;
	}
	struct sector sec[64];
	size_t nsec = 0;
	for (size_t i = 0; i < p.nobj; i++) {
		size_t k = 0;
		while (k < nsec && strcmp(sec[k].name, p.obj[i].sector) != 0)
			k++;
		if (k == nsec) {
			if (nsec == 64)
				continue;
			sec[nsec].name = p.obj[i].sector;
			sec[nsec].obj = calloc(p.nobj, sizeof(size_t));
			sec[nsec++].nobj = 0;
		}
		sec[k].obj[sec[k].nobj++] = i;
	}
	/* headcount in proportion to objectives, at least 8 per settore */
	long left = employees - 8 * (long)nsec;
	for (size_t k = 0; k < nsec; k++)
		sec[k].staff = 8 + (left > 0 ? left * (long)sec[k].nobj /
						       (long)p.nobj
					     : 0);
	mkdir(out, 0755);
	people(out, sec, nsec, &p, peg_days_in_year(year), 1001, 3);
	verifications(out, &p, year, 1);
	/* the phases of the plan, when it has them */
	char ph[4096];
	struct stat st;
	snprintf(ph, sizeof(ph), "%s/phases.csv", plan_dir);
	if (stat(ph, &st) == 0) {
		struct peg_phases ps;
		if (peg_phases_load(&ps, ph, &p, NULL, &d)) {
			char m[1024];
			peg_diag_format(&d.item[0], m, sizeof(m));
			fprintf(stderr, "gendata: %s\n", m);
			return 1;
		}
		phase_verifications(out, &ps, year);
		peg_phases_release(&ps);
	}
	for (size_t k = 0; k < nsec; k++)
		free(sec[k].obj);
	peg_plan_release(&p);
	peg_diag_release(&d);
	return 0;
}

/* ---- synth ------------------------------------------------------------ */

static const char *const kind_of[] = {"percent", "count", "min", "max",
				      "deadline", "boolean", "pp_increment",
				      "relative_change", "qualitative"};

/*
 * The schedule of a synthetic plan: 1 to maxph phases per objective, each
 * over one to four consecutive quarters, and one indicator of kind
 * phases for about half of the objectives.  Drawn from a stream of its
 * own, so that everything else is the dataset without phases.
 */
static void synth_phases(const char *plan, struct peg_csvw *ind, long nobj,
			 long maxph)
{
	static const char *const x[2] = {"", "X"};
	uint64_t keep = rng;
	FILE *fp = open_out(plan, "phases.csv");
	struct peg_csvw w;
	char id[64], obj[32];
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	static const char *const head[] = {"objective_id", "phase_id",
					   "description", "q1", "q2", "q3",
					   "q4", NULL};
	peg_csvw_header(&w, head);
	rng ^= 0x5DEECE66DULL;
	for (long i = 1; i <= nobj; i++) {
		snprintf(obj, sizeof(obj), "%ld", i);
		if (chance(50)) {
			snprintf(id, sizeof(id), "%ld.P", i);
			peg_csvw_text(ind, obj);
			peg_csvw_text(ind, id);
			put_num(ind, 2020, 0);
			peg_csvw_text(ind, "phases");
			put_num(ind, 100, 0);
			peg_csvw_text(ind, NULL);
			put_num(ind, 1, 0);
			peg_csvw_text(ind, "Rispetto dei tempi delle fasi");
			peg_csvw_end(ind);
		}
		long k = 1 + pick(maxph);
		for (long j = 1; j <= k; j++) {
			long from = pick(4), to = from + pick(4 - from);
			snprintf(id, sizeof(id), "%ld.F%ld", i, j);
			peg_csvw_text(&w, obj);
			peg_csvw_text(&w, id);
			peg_csvw_text(&w, "Fase sintetica");
			for (long q = 0; q < 4; q++)
				peg_csvw_text(&w, x[q >= from && q <= to]);
			peg_csvw_end(&w);
		}
	}
	close_out(fp);
	rng = keep;
}

static int synth(long nobj, long npos, long maxph, long maxasg,
		 const char *out)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/plan", out);
	mkdir(out, 0755);
	mkdir(path, 0755);
	FILE *fo = open_out(path, "objectives.csv"),
	     *fi = open_out(path, "indicators.csv");
	struct peg_csvw o, w;
	peg_csvw_init(&o, fo, PEG_CSV_RFC4180);
	peg_csvw_init(&w, fi, PEG_CSV_RFC4180);
	static const char *const oh[] = {"objective_id", "year", "sector",
					 "title", "incentivized", "weight",
					 NULL};
	static const char *const ih[] = {
		"objective_id", "indicator_id", "year", "kind", "target",
		"baseline", "weight", "description", NULL};
	peg_csvw_header(&o, oh);
	peg_csvw_header(&w, ih);
	char b[96], c[96];
	long sectors = nobj / 12 + 1;
	long nind = 0;
	for (long i = 1; i <= nobj; i++) {
		snprintf(b, sizeof(b), "%ld", i);
		peg_csvw_text(&o, b);
		put_num(&o, 2020, 0);
		snprintf(c, sizeof(c), "Settore %ld", 1 + (i - 1) % sectors);
		peg_csvw_text(&o, c);
		snprintf(c, sizeof(c), "Obiettivo %ld", i);
		peg_csvw_text(&o, c);
		peg_csvw_text(&o, chance(85) ? "yes" : "no");
		put_num(&o, 1 + pick(3), 0);
		peg_csvw_end(&o);
		/* 1 to 10 indicators, mean 4: 1-6 mostly, 8-10 for one in ten */
		long k = chance(10) ? 8 + pick(3) : 1 + pick(6);
		for (long j = 1; j <= k; j++, nind++) {
			int kind = (int)pick(8);
			snprintf(c, sizeof(c), "%ld.%ld", i, j);
			peg_csvw_text(&w, b);
			peg_csvw_text(&w, c);
			put_num(&w, 2020, 0);
			peg_csvw_text(&w, kind_of[kind]);
			if (kind == PEG_KIND_DEADLINE) {
				peg_csvw_date(&w, peg_date_from_ymd(2020, 1, 1) +
							  (peg_date)pick(366));
			} else if (kind == PEG_KIND_BOOLEAN)
				peg_csvw_text(&w, "yes");
			else
				put_num(&w, 1 + pick(1000), 0);
			if (kind == PEG_KIND_PP_INCREMENT ||
			    kind == PEG_KIND_RELATIVE_CHANGE)
				put_num(&w, 10 + pick(500), 0);
			else
				peg_csvw_text(&w, NULL);
			put_num(&w, 1 + pick(3), 0);
			snprintf(c, sizeof(c), "Indicatore sintetico %ld.%ld", i, j);
			peg_csvw_text(&w, c);
			peg_csvw_end(&w);
		}
	}
	close_out(fo);
	if (maxph > 0)
		synth_phases(path, &w, nobj, maxph);
	close_out(fi);
	(void)nind;

	/* the plan as loaded, for verifications and assignments */
	struct peg_plan p;
	struct peg_diag d;
	peg_diag_init(&d);
	if (peg_plan_load(&p, path, 2020, NULL, &d)) {
		char m[1024];
		peg_diag_format(&d.item[0], m, sizeof(m));
		fprintf(stderr, "gendata: %s\n", m);
		return 1;
	}
	verifications(out, &p, 2020, 0);

	/* staff: settori as in the plan, ~6% with two positions */
	struct sector *sec = calloc((size_t)sectors, sizeof(*sec));
	char **names = calloc((size_t)sectors, sizeof(*names));
	for (long k = 0; k < sectors; k++) {
		names[k] = malloc(32);
		snprintf(names[k], 32, "Settore %ld", k + 1);
		sec[k].name = names[k];
		sec[k].obj = calloc(p.nobj, sizeof(size_t));
	}
	for (size_t i = 0; i < p.nobj; i++) {
		long k = strtol(p.obj[i].sector + 8, NULL, 10) - 1;
		sec[k].obj[sec[k].nobj++] = i;
	}
	/* about npos positions: one person in twenty has two (a transfer),
	 * one per settore is its manager */
	long per = npos * 20 / 21 / sectors;
	for (long k = 0; k < sectors; k++)
		sec[k].staff = per > 1 ? per - 1 : 1;
	people(out, sec, (size_t)sectors, &p, 366, 1, maxasg);
	for (long k = 0; k < sectors; k++) {
		free(sec[k].obj);
		free(names[k]);
	}
	free(sec);
	free(names);
	if (maxph > 0) {
		char ph[4200];
		struct peg_phases ps;
		snprintf(ph, sizeof(ph), "%s/phases.csv", path);
		if (peg_phases_load(&ps, ph, &p, NULL, &d)) {
			char m[1024];
			peg_diag_format(&d.item[0], m, sizeof(m));
			fprintf(stderr, "gendata: %s\n", m);
			return 1;
		}
		phase_verifications(out, &ps, 2020);
		peg_phases_release(&ps);
	}
	peg_plan_release(&p);
	peg_diag_release(&d);

	FILE *fr = open_out(out, "rules.ini");
	fputs("; synthetic dataset rules (scripts/gendata synth)\n"
	      "[scoring]\nmissing = zero\nunknown_incentivized = no\n"
	      "[areas]\nA = 1\nB = 1.05\nC = 1.12\nD = 1.2\nDirigenti = 1\n"
	      "[absences]\nreducing = MAL, ASP\nprotected = MAT, PAT, PAR, L104\n"
	      "[pool organizational]\nareas = A, B, C, D\n"
	      "score = objectives:100\nfallback = objectives:sector\n"
	      "[pool individual]\nareas = A, B, C, D\n"
	      "score = behaviour:70, contribution:30\ncurve = bands\n"
	      "bands = 0-60:0, 60-70:100, 70-80:150, 80-100:200\n"
	      "maggiorazione_percent = 30\nmaggiorazione_quota = 10\n"
	      "[pool dirigenti]\ngroup = managers\nareas = Dirigenti\n"
	      "score = objectives:60, behaviour:40\nfallback = objectives:sector\n"
	      "mode = budget\nmax = base_amount\npart_time = no\n"
	      "[legal]\nart69 = warning\nundifferentiated = warning\n",
	      fr);
	close_out(fr);
	FILE *fx = open_out(out, "run.ini");
	long scale_eur = npos > 0 ? npos : 1;
	fprintf(fx,
		"; synthetic dataset: %ld objectives, about %ld positions "
		"(scripts/gendata synth)\n"
		"[run]\nyear = 2020\nplan = plan\nverification = verifiche.csv\n"
		"%s"
		"staff = staff.csv\nabsences = absences.csv\nassignments = "
		"assignments.csv\nevaluations = evaluations.csv\nrules = "
		"rules.ini\noutput = out\n[fund]\norganizational = %ld.00\n"
		"individual = %ld.00\ndirigenti = %ld.00\nvariable_resources = "
		"%ld.00\n",
		nobj, npos,
		maxph > 0 ? "phase_verification = verifiche-fasi.csv\n" : "",
		600 * scale_eur, 400 * scale_eur,
		20000 * (sectors + 1), 1000 * scale_eur);
	close_out(fx);
	return 0;
}

static void usage(void)
{
	fputs("usage: gendata demo --plan DIR --year Y --seed S --out DIR "
	      "[--employees N]\n"
	      "       gendata synth --objectives N --positions M --seed S "
	      "--out DIR [--phases MAX]\n"
	      "             [--assignments MAX]\n",
	      stderr);
	exit(1);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		usage();
	const char *plan = NULL, *out = NULL;
	long year = 2020, seed = 1, employees = 330, nobj = 80, npos = 330;
	long maxph = 0, maxasg = 6;
	for (int i = 2; i + 1 < argc; i += 2) {
		const char *k = argv[i], *v = argv[i + 1];
		if (strcmp(k, "--plan") == 0)
			plan = v;
		else if (strcmp(k, "--out") == 0)
			out = v;
		else if (strcmp(k, "--year") == 0)
			year = strtol(v, NULL, 10);
		else if (strcmp(k, "--seed") == 0)
			seed = strtol(v, NULL, 10);
		else if (strcmp(k, "--employees") == 0)
			employees = strtol(v, NULL, 10);
		else if (strcmp(k, "--objectives") == 0)
			nobj = strtol(v, NULL, 10);
		else if (strcmp(k, "--positions") == 0)
			npos = strtol(v, NULL, 10);
		else if (strcmp(k, "--phases") == 0)
			maxph = strtol(v, NULL, 10);
		else if (strcmp(k, "--assignments") == 0)
			maxasg = strtol(v, NULL, 10);
		else
			usage();
	}
	if (!out)
		usage();
	rng ^= (uint64_t)seed * 0x9E3779B97F4A7C15ULL;
	for (int i = 0; i < 16; i++)
		next();
	if (strcmp(argv[1], "demo") == 0 && plan)
		return demo(plan, (int)year, out, employees);
	if (strcmp(argv[1], "synth") == 0)
		return synth(nobj, npos, maxph, maxasg, out);
	usage();
	return 1;
}
