/*
 * whatif.c - what-if scenarios (SPEC 5): the year-end run with other rule
 * or fund values, compared with the run as it is (the baseline), per pool
 * and per employee.
 *
 * A scenario is a list of overrides SECTION.KEY = VALUE: from --set on
 * the command line (one scenario, "set") or from a scenario file (one
 * [name] section per scenario).  [fund] values go to the run file,
 * everything else to the rules file; both are read again with the
 * overrides applied before they are checked (ini.h), so a bad value gets
 * exactly the message it gets in a file.  The plan, the verifications and
 * the staff are read once: a scenario rereads the staff files only when
 * it changes [areas], [area_map] or [absences], which decide how they are
 * read.  Everything is computed in memory; the folder holds the
 * comparison (pools.csv, employees.csv, scenarios.csv).
 *
 * Owns every scenario's run file, rules, scores and distribution.
 */
#include "csvwrite.h"
#include "outdir.h"
#include "run.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")

/* One computed distribution: the baseline's or a scenario's. */
struct outcome {
	const struct peg_runfile *rf;
	const struct peg_rules *rules;
	const struct peg_staff *staff;
	struct peg_sched sched;   /* the schedule under these rules */
	struct peg_scores scores;
	struct peg_pay pay;
};

struct scenario {
	const char *name;
	struct peg_ini_override *ov; /* every override, in the given order */
	size_t nov;
	struct peg_ini_override *rov, *fov; /* for the rules, for [fund] */
	size_t nrov, nfov;
	int staff_again;             /* changes how the staff files read */
	struct peg_runfile rf;
	struct peg_rules rules;
	struct peg_staff staff;
	int has_rf, has_rules, has_staff;
	struct outcome out;
};

struct peg_whatif {
	struct peg_arena arena;
	struct peg_run *base;
	struct outcome base_out;
	struct scenario *sc;
	size_t nsc;
	struct peg_buf report;
	char *outdir;
	const char *target; /* default folder: the run file's output-whatif */
};

/* ---- overrides -------------------------------------------------------- */

static char *lower_trim(struct peg_arena *a, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	char *p = peg_arena_strndup(a, s, n);
	for (char *q = p; q && *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q - 'A' + 'a');
	return p;
}

/* "pool individual.threshold" -> section, key (split at the first '.');
 * 0, or -1 when a part is missing. */
static int split_key(struct peg_arena *a, const char *text, size_t n,
		     struct peg_ini_override *o)
{
	const char *dot = memchr(text, '.', n);
	if (!dot)
		return -1;
	o->section = lower_trim(a, text, (size_t)(dot - text));
	o->key = lower_trim(a, dot + 1, n - (size_t)(dot + 1 - text));
	if (!o->section || !o->key)
		return -2;
	return *o->section && *o->key ? 0 : -1;
}

/* Adds an override to scenario x (the arrays grow in the arena). */
static int add_override(struct peg_whatif *w, struct scenario *x,
			const struct peg_ini_override *o)
{
	struct peg_ini_override *p =
		peg_arena_alloc(&w->arena, (x->nov + 1) * sizeof(*p));
	if (!p)
		return -1;
	if (x->nov)
		memcpy(p, x->ov, x->nov * sizeof(*p));
	p[x->nov++] = *o;
	x->ov = p;
	return 0;
}

static struct scenario *new_scenario(struct peg_whatif *w, const char *name)
{
	struct scenario *p = realloc(w->sc, (w->nsc + 1) * sizeof(*p));
	if (!p)
		return NULL;
	w->sc = p;
	memset(&p[w->nsc], 0, sizeof(*p));
	p[w->nsc].name = name;
	return &p[w->nsc++];
}

/* The --set items: one scenario named "set". */
static int parse_set(struct peg_whatif *w, const struct peg_whatif_options *o,
		     struct peg_diag *d)
{
	int bad = 0;
	struct scenario *x = new_scenario(w, "set");
	if (!x)
		return OOM(d);
	for (size_t i = 0; i < o->nset; i++) {
		const char *item = o->set[i];
		const char *eq = strchr(item, '=');
		struct peg_ini_override ov = {0};
		int rc = eq ? split_key(&w->arena, item,
					(size_t)(eq - item), &ov)
			    : -1;
		if (rc == -2)
			return OOM(d);
		if (rc) {
			peg_fail(d, PEG_EUSAGE, NULL, 0,
				 "--set '%s': expected SECTION.KEY=VALUE "
				 "(e.g. 'pool individual.threshold=65')",
				 item);
			bad = 1;
			continue;
		}
		int twice = 0;
		for (size_t k = 0; k < x->nov; k++)
			twice |= strcmp(x->ov[k].section, ov.section) == 0 &&
				 strcmp(x->ov[k].key, ov.key) == 0;
		if (twice) {
			/* as a key given twice in a file */
			peg_fail(d, PEG_EUSAGE, NULL, 0,
				 "--set '%s': %s.%s is given twice", item,
				 ov.section, ov.key);
			bad = 1;
			continue;
		}
		const char *v = eq + 1;
		size_t n = strlen(v);
		while (n && (*v == ' ' || *v == '\t')) {
			v++;
			n--;
		}
		while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
			n--;
		ov.value = peg_arena_strndup(&w->arena, v, n);
		ov.file = "--set";
		ov.line = 0;
		if (!ov.value || add_override(w, x, &ov))
			return OOM(d);
	}
	return bad ? -1 : 0;
}

/* A scenario file: one [name] section per scenario, SECTION.KEY = VALUE
 * lines.  Every problem is reported. */
static int parse_file(struct peg_whatif *w, const char *path, int with_set,
		      struct peg_diag *out)
{
	struct peg_ini ini;
	struct peg_diag local;
	peg_diag_init(&local);
	struct peg_diag *d = &local;
	int bad = 0;
	const char *file = peg_arena_strdup(&w->arena, path);
	if (!file || peg_ini_load(&ini, path, PEG_ERULES, d)) {
		if (!file)
			OOM(d);
		peg_ini_release(&ini);
		peg_ini_move_sorted(out, d);
		return -1;
	}
	if (!ini.nsec) {
		peg_fail(d, PEG_ERULES, path, 0,
			 "no scenario (expected one [name] section per "
			 "scenario, with SECTION.KEY = VALUE lines)");
		bad = 1;
	}
	for (size_t i = 0; i < ini.nsec; i++) {
		const char *name = ini.sec[i].name;
		if (strcmp(name, "baseline") == 0) {
			peg_fail(d, PEG_ERULES, path, ini.sec[i].line,
				 "scenario name 'baseline' is taken by the run "
				 "as it is; choose another");
			bad = 1;
		}
		if (with_set && strcmp(name, "set") == 0) {
			peg_fail(d, PEG_ERULES, path, ini.sec[i].line,
				 "scenario name 'set' is taken by the --set "
				 "values; choose another");
			bad = 1;
		}
		struct scenario *x =
			new_scenario(w, peg_arena_strdup(&w->arena, name));
		if (!x || !x->name) {
			bad = OOM(d);
			break;
		}
		for (size_t k = 0; k < ini.nent; k++) {
			const struct peg_ini_entry *e = &ini.ent[k];
			if (strcmp(e->section, name) != 0)
				continue;
			struct peg_ini_override ov = {0};
			int rc = split_key(&w->arena, e->key, strlen(e->key),
					   &ov);
			if (rc == -2) {
				bad = OOM(d);
				break;
			}
			if (rc) {
				peg_fail(d, PEG_ERULES, path, e->line,
					 "[%s] '%s' is not SECTION.KEY (e.g. "
					 "pool individual.threshold = 65)",
					 name, e->key);
				bad = 1;
				continue;
			}
			ov.value = peg_arena_strdup(&w->arena, e->value);
			ov.file = file;
			ov.line = e->line;
			if (!ov.value || add_override(w, x, &ov)) {
				bad = OOM(d);
				break;
			}
		}
	}
	peg_ini_release(&ini);
	peg_ini_move_sorted(out, d);
	return bad ? -1 : 0;
}

/* Splits a scenario's overrides between the run file ([fund]) and the
 * rules; [run] is not a scenario's to change. */
static int route(struct peg_whatif *w, struct scenario *x, struct peg_diag *d)
{
	int bad = 0;
	size_t n = x->nov ? x->nov : 1;
	x->rov = peg_arena_alloc(&w->arena, n * sizeof(*x->rov));
	x->fov = peg_arena_alloc(&w->arena, n * sizeof(*x->fov));
	if (!x->rov || !x->fov)
		return OOM(d);
	for (size_t i = 0; i < x->nov; i++) {
		const struct peg_ini_override *o = &x->ov[i];
		if (strcmp(o->section, "run") == 0) {
			peg_fail(d, PEG_ERULES, o->file, o->line,
				 "run.%s: a scenario changes the rules and the "
				 "[fund] amounts, not [run] (write another run "
				 "file)",
				 o->key);
			bad = 1;
		} else if (strcmp(o->section, "fund") == 0)
			x->fov[x->nfov++] = *o;
		else {
			x->rov[x->nrov++] = *o;
			if (strcmp(o->section, "areas") == 0 ||
			    strcmp(o->section, "area_map") == 0 ||
			    strcmp(o->section, "absences") == 0)
				x->staff_again = 1;
		}
	}
	return bad ? -1 : 0;
}

/* ---- computing -------------------------------------------------------- */

/* Entries of `from` into d with "label: " before each message. */
static void move_labelled(struct peg_diag *d, struct peg_diag *from,
			  const char *label)
{
	for (size_t i = 0; i < from->n; i++) {
		const struct peg_error *e = &from->item[i];
		if (e->severity == PEG_SEV_ERROR)
			peg_fail(d, e->code, e->file, e->line, "%s: %s", label,
				 e->message);
		else
			peg_warn(d, e->file, e->line, "%s: %s", label,
				 e->message);
	}
	if (from->oom)
		d->oom = 1;
	peg_diag_release(from);
}

/*
 * Scores and distributes for one outcome.  A legal check that fails is a
 * warning labelled with the scenario; any other failure an error.
 */
static int compute(struct outcome *o, const struct peg_run *base,
		   const char *label, struct peg_diag *d)
{
	struct peg_diag local, legal;
	peg_diag_init(&local);
	peg_diag_init(&legal);
	peg_sched_release(&o->sched);
	int rc = peg_run_sched(base, o->rules, &o->sched, &local) ||
		 peg_score_plan_sched(&o->scores, &base->plan, &base->verifs,
				      &o->sched, o->rules, o->rf->year, NULL,
				      &local) ||
		 peg_pay_compute(&o->pay, o->staff, &base->plan, &o->scores,
				 o->rules, o->rf, &local);
	if (!rc) {
		peg_pay_legal(&o->pay, o->staff, o->rules, o->rf, &legal);
		for (size_t i = 0; i < legal.n; i++)
			peg_warn(&local, legal.item[i].file, legal.item[i].line,
				 "%s", legal.item[i].message);
	}
	peg_diag_release(&legal);
	/* a problem found at an override's line names the override */
	peg_rules_blame(o->rules, &local, 0);
	move_labelled(d, &local, label);
	return rc ? -1 : 0;
}

/* Reads a scenario's run file and rules with its overrides applied; the
 * rules too when the run file has a problem of its own, so that every
 * problem is listed. */
static int load_scenario(struct scenario *x, const struct peg_run *base,
			 struct peg_diag *d)
{
	int rc = peg_runfile_load_with(&x->rf, base->rf.path, x->fov, x->nfov,
				       d);
	x->has_rf = 1;
	if (!x->rf.rules)
		return -1;
	x->has_rules = 1;
	rc |= peg_rules_load_with(&x->rules, x->rf.rules, x->rov, x->nrov, d);
	return rc ? -1 : 0;
}

static int run_scenario(struct scenario *x, const struct peg_run *base,
			struct peg_diag *d)
{
	char label[256];
	snprintf(label, sizeof(label), "scenario '%s'", x->name);
	if (!x->rules.pay.npool)
		return peg_fail(d, PEG_ERULES, x->rules.path, 0,
				"%s: the rules define no [pool NAME] to "
				"distribute",
				label);
	x->out.rf = &x->rf;
	x->out.rules = &x->rules;
	x->out.staff = &base->staff;
	if (x->staff_again) {
		struct peg_diag local;
		peg_diag_init(&local);
		const struct peg_runfile *rf = &x->rf;
		x->has_staff = 1;
		int rc = peg_staff_load(&x->staff, rf->staff, rf->absences,
					rf->assignments, rf->evaluations,
					rf->year, &base->plan, &x->rules.pay,
					&rf->csv, &local);
		move_labelled(d, &local, label);
		if (rc)
			return -1;
		x->out.staff = &x->staff;
	}
	return compute(&x->out, base, label, d);
}

/* ---- the report ------------------------------------------------------- */

static long pool_index(const struct outcome *o, const char *name)
{
	for (size_t i = 0; i < o->pay.npool; i++)
		if (strcmp(o->pay.pool[i].pool->name, name) == 0)
			return (long)i;
	return -1;
}

static const struct peg_pool_res *pool_named(const struct outcome *o,
					     const char *name)
{
	long i = pool_index(o, name);
	return i < 0 ? NULL : &o->pay.pool[i];
}

/* A person's amount in pool pi of o (paid, redistributed, bonus). */
static peg_cents person_amount(const struct outcome *o, size_t h, long pi)
{
	if (pi < 0)
		return 0;
	const struct peg_ppers *pp = peg_ppers_at(&o->pay, h, (size_t)pi);
	return pp->paid + pp->maggiorazione;
}

static int person_eligible(const struct outcome *o, size_t h, long pi)
{
	if (pi >= 0)
		return peg_ppers_at(&o->pay, h, (size_t)pi)->positive;
	for (size_t k = 0; k < o->pay.npool; k++)
		if (peg_ppers_at(&o->pay, h, k)->positive)
			return 1;
	return 0;
}

static const char *signed_cents(peg_cents v, char *buf)
{
	char b[PEG_NUMBUF];
	snprintf(buf, PEG_NUMBUF, "%s%s", v >= 0 ? "+" : "",
		 peg_cents_str(v, b));
	return buf;
}

static int pool_width(const struct peg_whatif *w)
{
	int width = 14;
	for (size_t i = 0; i < w->base_out.pay.npool; i++) {
		int n = (int)strlen(w->base_out.pay.pool[i].pool->name);
		if (n > width)
			width = n;
	}
	for (size_t s = 0; s < w->nsc; s++)
		for (size_t i = 0; i < w->sc[s].out.pay.npool; i++) {
			const struct peg_pool *p = w->sc[s].out.pay.pool[i].pool;
			int n = (int)strlen(p->name);
			if (n > width)
				width = n;
		}
	return width;
}

static void pool_table(struct peg_buf *b, const struct outcome *o,
		       const struct outcome *base, int width)
{
	char x[PEG_NUMBUF], y[PEG_NUMBUF], z[PEG_NUMBUF], t[PEG_NUMBUF];
	peg_buf_printf(b, "  %-*s %14s %14s %14s %14s %7s\n", width, "pool",
		       "amount", "paid", "maggiorazione", "economies",
		       "payees");
	for (size_t i = 0; i < o->pay.npool; i++) {
		const struct peg_pool_res *r = &o->pay.pool[i];
		peg_buf_printf(b, "  %-*s %14s %14s %14s %14s %7zu\n", width,
			       r->pool->name, peg_cents_str(r->amount, x),
			       peg_cents_str(r->paid + r->redistributed, y),
			       peg_cents_str(r->maggiorazione, z),
			       peg_cents_str(r->economies, t), r->payees);
		if (!base)
			continue;
		const struct peg_pool_res *q = pool_named(base, r->pool->name);
		struct peg_pool_res zero = {0};
		if (!q)
			q = &zero;
		long dp = (long)r->payees - (long)q->payees;
		peg_buf_printf(b, "  %-*s %14s %14s %14s %14s %+7ld\n", width,
			       "  change",
			       signed_cents(r->amount - q->amount, x),
			       signed_cents(r->paid + r->redistributed -
						    q->paid - q->redistributed,
					    y),
			       signed_cents(r->maggiorazione - q->maggiorazione,
					    z),
			       signed_cents(r->economies - q->economies, t),
			       dp);
	}
}

static void build_report(struct peg_whatif *w)
{
	struct peg_buf *b = &w->report;
	const struct outcome *base = &w->base_out;
	const struct peg_staff *s = &w->base->staff;
	int width = pool_width(w);
	char x[PEG_NUMBUF], y[PEG_NUMBUF], z[PEG_NUMBUF];

	peg_buf_printf(b, "baseline: %zu employees, %zu pools\n", s->nperson,
		       base->pay.npool);
	pool_table(b, base, NULL, width);
	for (size_t k = 0; k < w->nsc; k++) {
		const struct scenario *sc = &w->sc[k];
		peg_buf_printf(b, "\nscenario %s:", sc->name);
		for (size_t i = 0; i < sc->nov; i++)
			peg_buf_printf(b, "%s %s.%s = %s", i ? "," : "",
				       sc->ov[i].section, sc->ov[i].key,
				       sc->ov[i].value);
		peg_buf_puts(b, sc->nov ? "\n" : " no change\n");
		pool_table(b, &sc->out, base, width);
		size_t changed = 0;
		for (size_t h = 0; h < s->nperson; h++)
			changed += sc->out.pay.person_total[h] !=
				   base->pay.person_total[h];
		peg_buf_printf(b,
			       "  employees whose amount changes: %zu of %zu\n",
			       changed, s->nperson);
		if (!changed)
			continue;
		peg_buf_printf(b, "    %-16s %14s %14s %14s\n", "employee",
			       "baseline", "scenario", "change");
		for (size_t h = 0; h < s->nperson; h++) {
			peg_cents a = base->pay.person_total[h],
				  c = sc->out.pay.person_total[h];
			if (a == c)
				continue;
			peg_buf_printf(b, "    %-16s %14s %14s %14s\n",
				       s->person[h].id, peg_cents_str(a, x),
				       peg_cents_str(c, y),
				       signed_cents(c - a, z));
		}
	}
}

/* ---- the folder ------------------------------------------------------- */

static void pool_row(struct peg_csvw *cw, const char *scenario,
		     const struct peg_pool_res *r, const struct peg_pool_res *q)
{
	peg_csvw_text(cw, scenario);
	peg_csvw_text(cw, r->pool->name);
	peg_csvw_cents(cw, r->amount);
	peg_csvw_cents(cw, r->paid);
	peg_csvw_cents(cw, r->redistributed);
	peg_csvw_cents(cw, r->maggiorazione);
	peg_csvw_cents(cw, r->economies);
	peg_csvw_long(cw, (long long)r->eligible);
	peg_csvw_long(cw, (long long)r->positive);
	peg_csvw_long(cw, (long long)r->payees);
	peg_csvw_cents(cw, r->amount - q->amount);
	peg_csvw_cents(cw, r->paid - q->paid);
	peg_csvw_cents(cw, r->redistributed - q->redistributed);
	peg_csvw_cents(cw, r->maggiorazione - q->maggiorazione);
	peg_csvw_cents(cw, r->economies - q->economies);
	peg_csvw_long(cw, (long long)r->payees - (long long)q->payees);
	peg_csvw_end(cw);
}

static int w_pools(const void *ctx, FILE *fp)
{
	const struct peg_whatif *w = ctx;
	static const char *const head[] = {
		"scenario", "pool", "amount", "paid", "redistributed",
		"maggiorazione", "economies", "eligible_positions",
		"positively_evaluated", "payees", "delta_amount", "delta_paid",
		"delta_redistributed", "delta_maggiorazione", "delta_economies",
		"delta_payees", NULL};
	struct peg_csvw cw;
	peg_csvw_init(&cw, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&cw, head);
	const struct outcome *base = &w->base_out;
	for (size_t i = 0; i < base->pay.npool; i++)
		pool_row(&cw, "baseline", &base->pay.pool[i],
			 &base->pay.pool[i]);
	for (size_t k = 0; k < w->nsc; k++) {
		const struct outcome *o = &w->sc[k].out;
		for (size_t i = 0; i < o->pay.npool; i++) {
			const struct peg_pool_res *r = &o->pay.pool[i];
			const struct peg_pool_res *q =
				pool_named(base, r->pool->name);
			struct peg_pool_res zero = {0};
			pool_row(&cw, w->sc[k].name, r, q ? q : &zero);
		}
	}
	return 0;
}

static void employee_row(struct peg_csvw *cw, const char *scenario,
			 const char *id, const char *pool, int be, int e,
			 peg_cents ba, peg_cents a)
{
	peg_csvw_text(cw, scenario);
	peg_csvw_text(cw, id);
	peg_csvw_text(cw, pool);
	peg_csvw_text(cw, be ? "yes" : "no");
	peg_csvw_text(cw, e ? "yes" : "no");
	peg_csvw_cents(cw, ba);
	peg_csvw_cents(cw, a);
	peg_csvw_cents(cw, a - ba);
	peg_csvw_end(cw);
}

static int w_employees(const void *ctx, FILE *fp)
{
	const struct peg_whatif *w = ctx;
	static const char *const head[] = {
		"scenario", "employee_id", "pool", "baseline_eligible",
		"eligible", "baseline_amount", "amount", "delta", NULL};
	struct peg_csvw cw;
	peg_csvw_init(&cw, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&cw, head);
	const struct outcome *base = &w->base_out;
	const struct peg_staff *s = &w->base->staff;
	for (size_t k = 0; k < w->nsc; k++) {
		const struct outcome *o = &w->sc[k].out;
		/* each pool of the scenario in the baseline, or -1 */
		long *bix = malloc((o->pay.npool + 1) * sizeof(*bix));
		if (!bix)
			return -1;
		for (size_t i = 0; i < o->pay.npool; i++)
			bix[i] = pool_index(base, o->pay.pool[i].pool->name);
		for (size_t h = 0; h < s->nperson; h++) {
			for (size_t i = 0; i < o->pay.npool; i++) {
				const char *name = o->pay.pool[i].pool->name;
				long bi = bix[i];
				int be = bi >= 0 && person_eligible(base, h, bi);
				employee_row(&cw, w->sc[k].name,
					     s->person[h].id, name, be,
					     person_eligible(o, h, (long)i),
					     person_amount(base, h, bi),
					     person_amount(o, h, (long)i));
			}
			employee_row(&cw, w->sc[k].name, s->person[h].id, "",
				     person_eligible(base, h, -1),
				     person_eligible(o, h, -1),
				     base->pay.person_total[h],
				     o->pay.person_total[h]);
		}
		free(bix);
	}
	return 0;
}

/* "scenarios.ini:4" (the file's name, no folder: outputs hold no machine
 * paths) or "command line" for --set. */
static void source_cell(struct peg_csvw *cw, const struct peg_ini_override *o)
{
	char b[512];
	const char *name = peg_path_base(o->file);
	if (o->line > 0)
		snprintf(b, sizeof(b), "%s:%ld", name, o->line);
	else
		snprintf(b, sizeof(b), "command line");
	peg_csvw_text(cw, b);
}

static int w_scenarios(const void *ctx, FILE *fp)
{
	const struct peg_whatif *w = ctx;
	static const char *const head[] = {"scenario", "section", "key",
					   "value", "source", NULL};
	struct peg_csvw cw;
	peg_csvw_init(&cw, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&cw, head);
	for (size_t k = 0; k < w->nsc; k++) {
		const struct scenario *x = &w->sc[k];
		for (size_t i = 0; i < x->nov; i++) {
			peg_csvw_text(&cw, x->name);
			peg_csvw_text(&cw, x->ov[i].section);
			peg_csvw_text(&cw, x->ov[i].key);
			peg_csvw_text(&cw, x->ov[i].value);
			source_cell(&cw, &x->ov[i]);
			peg_csvw_end(&cw);
		}
		if (!x->nov) {
			peg_csvw_text(&cw, x->name);
			for (int c = 0; c < 4; c++)
				peg_csvw_text(&cw, NULL);
			peg_csvw_end(&cw);
		}
	}
	return 0;
}

static const struct peg_outfile files[] = {
	{"pools.csv", w_pools},
	{"employees.csv", w_employees},
	{"scenarios.csv", w_scenarios},
};

/* ---- public ----------------------------------------------------------- */

int peg_whatif_run(struct peg_whatif **out, const char *runfile,
		   const struct peg_whatif_options *opt, struct peg_diag *d)
{
	struct peg_whatif *w = calloc(1, sizeof(*w));
	*out = NULL;
	if (!w)
		return OOM(d);
	int bad = 0;
	if (opt->nset && parse_set(w, opt, d))
		bad = 1;
	if (opt->scenarios && parse_file(w, opt->scenarios, opt->nset > 0, d))
		bad = 1;
	if (!bad && !w->nsc) {
		peg_fail(d, PEG_EUSAGE, NULL, 0,
			 "whatif: give --set SECTION.KEY=VALUE or "
			 "--scenarios FILE");
		bad = 1;
	}
	if (bad)
		goto fail;
	if (peg_run_load(&w->base, runfile, d))
		goto fail;
	if (!w->base->has_staff) {
		peg_fail(d, PEG_ERULES, w->base->rf.path, 0,
			 "whatif compares distributions, but the run file "
			 "names no staff file");
		goto fail;
	}
	for (size_t k = 0; k < w->nsc; k++)
		if (route(w, &w->sc[k], d))
			bad = 1;
	if (bad)
		goto fail;
	/* Every scenario's files first, so that every problem is listed. */
	for (size_t k = 0; k < w->nsc; k++)
		if (load_scenario(&w->sc[k], w->base, d))
			bad = 1;
	if (bad)
		goto fail;
	w->base_out.rf = &w->base->rf;
	w->base_out.rules = &w->base->rules;
	w->base_out.staff = &w->base->staff;
	if (compute(&w->base_out, w->base, "baseline", d))
		goto fail;
	for (size_t k = 0; k < w->nsc; k++)
		if (run_scenario(&w->sc[k], w->base, d))
			goto fail;
	char *target = NULL;
	const char *o = w->base->rf.output;
	size_t n = strlen(o);
	while (n > 1 && o[n - 1] == '/')
		n--;
	target = peg_arena_alloc(&w->arena, n + 8);
	if (!target) {
		OOM(d);
		goto fail;
	}
	memcpy(target, o, n);
	memcpy(target + n, "-whatif", 8);
	w->target = target;
	build_report(w);
	if (w->report.oom) {
		OOM(d);
		goto fail;
	}
	*out = w;
	return 0;
fail:
	peg_whatif_free(w);
	return -1;
}

int peg_whatif_write(struct peg_whatif *w, const struct peg_whatif_options *opt,
		     struct peg_diag *d)
{
	const char *target = opt && opt->output ? opt->output : w->target;
	if (peg_outdir_write(target, opt && opt->force, files,
			     PEG_COUNT(files), w, d))
		return -1;
	free(w->outdir);
	w->outdir = strdup(target);
	return w->outdir ? 0 : OOM(d);
}

const char *peg_whatif_report(const struct peg_whatif *w)
{
	return peg_buf_str(&w->report);
}

const char *peg_whatif_output_dir(const struct peg_whatif *w)
{
	return w->outdir;
}

void peg_whatif_free(struct peg_whatif *w)
{
	if (!w)
		return;
	for (size_t k = 0; k < w->nsc; k++) {
		struct scenario *x = &w->sc[k];
		peg_pay_release(&x->out.pay);
		peg_scores_release(&x->out.scores);
		peg_sched_release(&x->out.sched);
		if (x->has_staff)
			peg_staff_release(&x->staff);
		if (x->has_rules)
			peg_rules_release(&x->rules);
		if (x->has_rf)
			peg_runfile_release(&x->rf);
	}
	free(w->sc);
	peg_pay_release(&w->base_out.pay);
	peg_scores_release(&w->base_out.scores);
	peg_sched_release(&w->base_out.sched);
	peg_run_free(w->base);
	peg_buf_release(&w->report);
	free(w->outdir);
	peg_arena_release(&w->arena);
	free(w);
}
